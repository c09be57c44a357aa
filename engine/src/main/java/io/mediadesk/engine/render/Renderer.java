package io.mediadesk.engine.render;

import io.mediadesk.engine.EngineException;
import io.mediadesk.engine.codec.DecodeOptions;
import io.mediadesk.engine.codec.DecodedImage;
import io.mediadesk.engine.codec.Decoder;
import io.mediadesk.engine.codec.EncodeOptions;
import io.mediadesk.engine.codec.Encoder;
import io.mediadesk.engine.codec.ImageFormat;
import io.mediadesk.engine.codec.ImageInfo;
import io.mediadesk.engine.codec.Limits;
import io.mediadesk.engine.codec.OutputFormat;
import io.mediadesk.engine.plan.LayerKeys;
import io.mediadesk.engine.plan.Notice;
import io.mediadesk.engine.plan.Plan;
import io.mediadesk.engine.plan.PlanOp;
import io.mediadesk.engine.plan.Planner;
import io.mediadesk.engine.plan.PlanningException;
import io.mediadesk.engine.plan.Size;
import io.mediadesk.engine.plan.Source;
import io.mediadesk.engine.plan.Support;
import io.mediadesk.engine.transform.Transformation;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One image through the whole engine: probe the header, plan the geometry (nothing decoded
 * yet, so a bad transformation or an oversized output costs no pixels), decode under the limits,
 * run the plan's stages, encode. Thread-safe: one renderer serves a batch.
 */
public final class Renderer implements AutoCloseable {
    /** The service's dashboard default. */
    static final int DEFAULT_QUALITY = 80;

    /** Layer files kept decoded: a watermark over a batch is decoded once, not once per image. */
    static final int LAYER_DECODES_KEPT = 4;

    private final Decoder decoder;
    private final Decoder layerDecoder = new Decoder(Decoder.defaultWorkers(), LAYER_DECODES_KEPT);
    private final Encoder encoder = new Encoder();
    private final Limits limits;
    private final Planner planner;
    private final int parallelism;
    private final SourceCopies sourceCopies = new SourceCopies();
    private volatile LayerSource layerSource = LayerSource.NONE;

    /** @param parallelism threads one image's resize and rotation may use (1 in a parallel batch) */
    public Renderer(Limits limits, int parallelism) {
        this(limits, parallelism, Decoder.defaultWorkers(), 0);
    }

    private Renderer(Limits limits, int parallelism, int decodeWorkers, int keepRecentDecodes) {
        this.decoder = new Decoder(decodeWorkers, keepRecentDecodes);
        this.limits = limits;
        this.planner = Planner.from(limits);
        this.parallelism = Math.max(1, parallelism);
    }

    /**
     * A renderer for a batch rendering {@code decodeWorkers} images side by side: each needs its
     * own decode worker, or the threads queue behind the default pool (half the cores), which is
     * meant for an interactive caller.
     */
    public static Renderer forBatch(Limits limits, int parallelism, int decodeWorkers) {
        return new Renderer(limits, parallelism, Math.max(1, decodeWorkers), 0);
    }

    /**
     * A renderer that keeps its last {@code keepRecentDecodes} decoded sources while their files
     * are unchanged: for a live preview, where one source is rendered on every keystroke and the
     * decode is most of the cost. Each kept decode may hold a full-size image (48 MB at 12 MP).
     */
    public static Renderer forPreview(Limits limits, int parallelism, int keepRecentDecodes) {
        return new Renderer(limits, parallelism, Decoder.defaultWorkers(), keepRecentDecodes);
    }

    /**
     * Where {@code l-image,i-<path>} layers and {@code ff-<path>} fonts are looked up; by default
     * nowhere ({@link LayerSource#NONE}: such layers are refused by name). Set it before rendering.
     */
    public Renderer useLayerSource(LayerSource source) {
        this.layerSource = java.util.Objects.requireNonNull(source);
        return this;
    }

    /**
     * Renders {@code input} with {@code transformation} into {@code out}.
     *
     * @param preferred the format the caller would like when the transformation has no {@code f-}
     *     (e.g. from the output file's extension); empty keeps the input's format
     */
    public Rendered render(Path input, Transformation transformation, Optional<OutputFormat> preferred, OutputStream out) {
        return render(input, transformation, preferred, out, true);
    }

    /**
     * Like {@link #render}, but an animated source is always served as frame 1 (or its
     * {@code pg-N}), whatever the output format: for thumbnails, where a still is wanted and a
     * long animation must not be refused by the frame cap.
     */
    public Rendered renderStill(Path input, Transformation transformation, Optional<OutputFormat> preferred,
            OutputStream out) {
        return render(input, transformation, preferred, out, false);
    }

    private Rendered render(Path input, Transformation transformation, Optional<OutputFormat> preferred, OutputStream out,
            boolean animate) {
        Planned planned = plan(input, transformation);
        ImageInfo info = planned.info();
        Plan plan = planned.plan();
        CountingStream counted = new CountingStream(out);
        if (plan.original()) {
            copy(input, counted);
            return new Rendered(info.width(), info.height(), OutputChoice.same(info.format()), counted.count, notices(plan));
        }
        Staged staged = stages(input, transformation, info, plan, preferred, animate, 0, () -> false);
        if (staged.frames().isEmpty()) {
            encoder.encode(staged.image(), staged.format(), staged.encodeOptions(), counted);
        } else {
            encoder.encodeAnimation(staged.frames(), staged.format(), staged.encodeOptions(), staged.loops(), counted);
        }
        return staged.rendered(counted.count);
    }

    /**
     * Renders like {@link #render} and hands back the served pixels as plain data, for a preview
     * that must not touch {@code java.awt}. The output is encoded (so the byte count is the true
     * one) and decoded again, so lossy formats show their real artefacts (JPEG at {@code q-20},
     * a flattened alpha): these are the pixels the CDN would serve.
     */
    public RenderedPixels renderPixels(Path input, Transformation transformation) {
        return renderPixels(input, transformation, () -> false);
    }

    /**
     * Like {@link #renderPixels(Path, Transformation)}, for a caller that may stop wanting the
     * result: {@code abandoned} is asked after the decode, before every operation, before the
     * encode and before the read-back, and when it says yes the render stops there with an
     * {@link EngineException}. A live preview passes "a newer edit has been typed", so that a
     * full-size render nobody will see stops taking the cores from the next preview.
     */
    public RenderedPixels renderPixels(Path input, Transformation transformation, BooleanSupplier abandoned) {
        Planned planned = plan(input, transformation);
        ImageInfo info = planned.info();
        Plan plan = planned.plan();
        if (plan.original()) {
            byte[] bytes = read(input);
            Rendered rendered = new Rendered(info.width(), info.height(), OutputChoice.same(info.format()), bytes.length,
                    notices(plan));
            return ServedPixels.decode(bytes, rendered);
        }
        Staged staged = stages(input, transformation, info, plan, Optional.empty(), false, 0, abandoned);
        checkAbandoned(abandoned);
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        encoder.encode(staged.image(), staged.format(), staged.encodeOptions(), encoded);
        checkAbandoned(abandoned);
        return ServedPixels.decode(encoded.toByteArray(), staged.rendered(encoded.size()));
    }

    private record Planned(ImageInfo info, Plan plan) {}

    /**
     * Probes and plans; for {@code pg-N} of a multi-page TIFF, page N's own IFD is probed and the
     * plan made again for that page's size, so every size in it refers to the page decoded.
     */
    private Planned plan(Path input, Transformation transformation) {
        ImageInfo info = decoder.probe(input);
        Plan plan = plan(transformation, info);
        int page = tiffPage(plan, info);
        if (page > 1) {
            info = decoder.probe(input, page);
            plan = plan(transformation, info);
        }
        return new Planned(info, plan);
    }

    /**
     * A quick look at what {@link #renderPixels} would serve, made to fit {@code maxWidth x
     * maxHeight} (a preview pane times the screen's scale): for a live preview, where a
     * full-size 12 MP output is far too slow to make on every keystroke and is shown smaller
     * anyway. The plan is made for the real source, so the output size, format and notices are
     * the real render's; the pixels are the plan carried out on a copy of the source that is
     * already as small as the output will be shown ({@link ScaledStages}: every length scaled),
     * or, for what cannot be scaled (trims, {@code e-distort}), the full-size stages made smaller
     * at the end. Not encoded: no byte count and no lossy artefacts (alpha is flattened as the
     * encoder would). An output that fits the box is rendered at its own size.
     *
     * <p>The source is decoded at full size (not subsampled like a render's), so that one decode
     * (kept by a {@link #forPreview} renderer) and its halvings serve every edit of the
     * transformation.
     */
    public PreviewPixels renderPreview(Path input, Transformation transformation, int maxWidth, int maxHeight) {
        if (maxWidth < 1 || maxHeight < 1) {
            throw new IllegalArgumentException("the preview box must be at least 1x1, got " + maxWidth + "x" + maxHeight);
        }
        Planned planned = plan(input, transformation);
        ImageInfo info = planned.info();
        Plan plan = planned.plan();
        double scale = Math.min(1, Math.min(maxWidth / (double) plan.width(), maxHeight / (double) plan.height()));
        Staged staged = stages(input, transformation, info, plan, Optional.empty(), false, scale, () -> false);
        BufferedImage image = staged.image();
        boolean flattened = !staged.format().keepsAlpha() || staged.format() == OutputFormat.BMP;
        if (flattened && Pixels.hasAlpha(image)) {
            java.awt.Color bg = staged.encodeOptions().background(); // what the encoder paints under alpha
            image = Flatten.onto(Rgba.of(bg.getRed(), bg.getGreen(), bg.getBlue(), 255)).apply(image);
        }
        BufferedImage compact = Pixels.isCompact(image) ? image : Normalize.INSTANCE.apply(image);
        int[] argb = Pixels.of(compact).clone();
        if (!Pixels.hasAlpha(compact)) {
            for (int i = 0; i < argb.length; i++) {
                argb[i] |= 0xFF000000;
            }
        }
        int width = plan.original() ? info.width() : staged.plan().width();
        int height = plan.original() ? info.height() : staged.plan().height();
        return new PreviewPixels(compact.getWidth(), compact.getHeight(), argb, width, height,
                plan.original() ? OutputChoice.same(info.format()) : staged.format(), staged.notices());
    }

    private Plan plan(Transformation transformation, ImageInfo info) {
        Plan plan = planner.plan(transformation, Source.from(info));
        if (plan.original() && info.format() == ImageFormat.SVG) {
            // The service would serve the SVG's own bytes; here every output is a raster format.
            throw new NotRenderableException("orig-true: the original is an SVG, which the local engine only draws"
                    + " as a raster; leave orig out (or add f-png) to see it drawn");
        }
        refuseUnplanned(plan);
        refuseMissingLayerFiles(plan, layerSource);
        return plan;
    }

    /**
     * Refuses, before anything is decoded, a plan whose layers name library files (images, user
     * fonts) the {@link LayerSource} does not have. Layers in an if-branch not taken are not
     * checked here; the compositor refuses them by the same name if they are reached.
     */
    static void refuseMissingLayerFiles(Plan plan, LayerSource source) {
        for (PlanOp op : plan.ops()) {
            if (op instanceof PlanOp.Overlay overlay) {
                LayerKeys.libraryPaths(overlay.layer()).forEach((path, parameter) -> {
                    if (source.find(path).isEmpty()) {
                        throw new PlanningException(parameter, "no such file in the library");
                    }
                });
            }
        }
    }

    /**
     * Decode and run the stages: everything up to the encoder, shared by both outputs.
     *
     * @param animate whether an animated source may stay animated ({@link #animates}); the pixel
     *     preview shows frame 1 only
     * @param previewScale 0 for the real render; else the size of the preview relative to the output
     *     ({@link #renderPreview}): the source is decoded full size and the stages run smaller
     */
    private Staged stages(Path input, Transformation transformation, ImageInfo info, Plan plan,
            Optional<OutputFormat> preferred, boolean animate, double previewScale, BooleanSupplier abandoned) {
        Source source = Source.from(info);
        int page = page(plan, info);
        boolean pages = info.format() == ImageFormat.TIFF;
        boolean animated = animate && page == 0 && animates(info, OutputChoice.of(plan.output(), preferred, info.format()));
        DecodeOptions chosen = previewScale > 0 ? DecodeOptions.DEFAULT : decodeOptions(plan);
        DecodeOptions decodeOptions = animated || page > 1 && !pages ? chosen.withAnimation() : chosen;
        if (pages && page > 1) decodeOptions = decodeOptions.withPage(page);
        DecodedImage decoded = decoder.decode(input, limits, decodeOptions);
        BufferedImage first = page > 1 && !pages ? decoded.frames().get(page - 1).image() : decoded.image();
        List<String> stageNotices = new ArrayList<>();
        Layers layers = new Layers(layerSource, layerDecoder, limits, planner, parallelism, stageNotices::add);
        PlanStages.Pins pins = new PlanStages.Pins();
        Function<List<Source.Box>, Plan> replan = trims -> {
            Plan again = planner.plan(transformation, source, trims);
            refuseUnplanned(again); // a branch chosen on the trimmed size may hold what cannot render
            return again;
        };
        PlanStages.Result result = previewScale > 0
                ? preview(plan, source, replan, first, previewScale, layers, stageNotices)
                : PlanStages.run(plan, replan, Normalize.INSTANCE.apply(first), parallelism, stageNotices::add,
                        layers::composite, pins, abandoned);
        List<DecodedImage.Frame> frames = animated && decoded.animated()
                ? frames(decoded, result, layers, pins) : List.of();
        List<String> notices = notices(result.plan());
        notices.addAll(new java.util.LinkedHashSet<>(stageNotices)); // a layer's notice once, not once per frame
        if (page > 0 && info.animated()) {
            notices.add("pg-" + page + ": frame " + page + " of " + info.frameCount() + ", as a still");
        } else if (page > 0 && pages) {
            notices.add("pg-" + page + ": page " + page + " of " + info.frameCount());
        } else if (!animated && info.animated()) {
            notices.add("the source is animated (" + info.frameCount() + " frames): the output is frame 1 only;"
                    + " write it as gif, webp or png (APNG) to keep the animation");
        } else if (pages && info.frameCount() > 1) {
            notices.add("the TIFF has " + info.frameCount() + " pages: the output is page 1; pg-N picks another");
        }
        OutputFormat format = OutputChoice.of(result.plan().output(), preferred, info.format());
        if (info.format() == ImageFormat.SVG
                && !result.plan().output().format().filter(f -> f.equals("png") || f.matches("jpe?g")).isPresent()) {
            notices.add("SVG source: the service keeps SVG as SVG unless f-png or f-jpg asks for a raster;"
                    + " the local engine draws it as " + format.extension());
        }
        EncodeOptions options = encodeOptions(result.plan(), notices);
        return new Staged(result.image(), result.plan(), frames, decoded.loops(), format, options, notices);
    }

    /**
     * The stages of {@link #renderPreview}: on a copy of the source already at the scale the
     * preview needs ({@link ScaledStages}), or, for a plan that cannot run at a scale, at full size
     * and made smaller at the end. The result's plan is the real one (trims resolved).
     */
    private PlanStages.Result preview(Plan plan, Source source, Function<List<Source.Box>, Plan> replan,
            BufferedImage decoded, double scale, Layers layers, List<String> notices) {
        // the plan's lengths are in the header's pixels; a decoder that disagrees gets the full-size stages
        boolean asPlanned = decoded.getWidth() == source.width() && decoded.getHeight() == source.height();
        if (ScaledStages.supports(plan) && asPlanned) {
            Size size = Size.of(decoded.getWidth(), decoded.getHeight());
            double[] scales = ScaledStages.scales(plan, size, scale);
            List<Size> sizes = ScaledStages.sizes(plan, size);
            // A leading orientation is done once per source, at full size, and kept with the source
            int from = !plan.ops().isEmpty() && plan.ops().get(0) instanceof PlanOp.Orient ? 1 : 0;
            int exif = from == 1 ? ((PlanOp.Orient) plan.ops().get(0)).exif() : 1;
            BufferedImage copy;
            if (plan.ops().size() > from && plan.ops().get(from) instanceof PlanOp.Crop c) {
                // a leading crop is cut at full size, where its edges are exact, then made small
                int w = Math.max(1, (int) Math.round(c.width() * scales[from + 1]));
                int h = Math.max(1, (int) Math.round(c.height() * scales[from + 1]));
                copy = sourceCopies.region(decoded, exif, c.x(), c.y(), c.width(), c.height(), w, h, parallelism);
                from++;
            } else {
                Size upright = sizes.get(from);
                int w = Math.max(1, (int) Math.round(upright.width() * scales[from]));
                int h = Math.max(1, (int) Math.round(upright.height() * scales[from]));
                copy = sourceCopies.copy(decoded, exif, w, h, parallelism);
            }
            return new PlanStages.Result(plan, ScaledStages.run(plan, size, scales, from, copy, parallelism, notices::add,
                    layers::compositeScaled));
        }
        BufferedImage full = sourceCopies.full(decoded, 1);
        PlanStages.Result result = PlanStages.run(plan, replan, full, parallelism, notices::add, layers::composite,
                new PlanStages.Pins());
        BufferedImage image = result.image();
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        return new PlanStages.Result(result.plan(), w == image.getWidth() && h == image.getHeight() ? image
                : Resize.to(w, h).withParallelism(parallelism).apply(image));
    }

    /**
     * The frame or page {@code pg-N} asks for (0: none): checked against the header before any
     * decode. Frames of animated GIF, WebP and PNG (APNG) and pages of TIFF are chosen; other
     * sources have only page 1.
     */
    static int page(Plan plan, ImageInfo info) {
        if (plan.output().page().isEmpty()) return 0;
        int page = plan.output().page().getAsInt();
        boolean tiff = info.format() == ImageFormat.TIFF;
        boolean frames = info.format() == ImageFormat.GIF || info.format() == ImageFormat.WEBP
                || info.format() == ImageFormat.PNG || tiff;
        if (page > info.frameCount()) {
            String unit = tiff ? " page" : " frame";
            throw new PlanningException("pg-" + page, "the file has " + info.frameCount() + unit
                    + (info.frameCount() == 1 ? "" : "s"));
        }
        if (page > 1 && !frames) {
            throw new NotRenderableException("pg-" + page + ": not rendered by the local engine yet: only frames of"
                    + " animated GIF, WebP and PNG and pages of TIFF are chosen locally, and this is " + info.format());
        }
        return page;
    }

    /** The TIFF page {@code pg-N} asks for, whose own size the plan must be made for; 1 otherwise. */
    private static int tiffPage(Plan plan, ImageInfo info) {
        return info.format() == ImageFormat.TIFF ? Math.max(1, page(plan, info)) : 1;
    }

    /**
     * Whether the output stays animated: an animated GIF, WebP or PNG (APNG) source written as
     * GIF, WebP or PNG (as APNG). Any other output (JPEG, BMP, TIFF) is a still of frame 1, as
     * the service's {@code /ik-thumbnail.jpg} is.
     */
    static boolean animates(ImageInfo info, OutputFormat format) {
        boolean source = info.format() == ImageFormat.GIF || info.format() == ImageFormat.WEBP
                || info.format() == ImageFormat.PNG;
        return info.animated() && source
                && (format == OutputFormat.GIF || format == OutputFormat.WEBP || format == OutputFormat.PNG);
    }

    /**
     * Frames 2..n through the plan that frame 1 settled (its trims resolved, its smart-crop
     * windows pinned), so every frame gets the same geometry and size; frame 1 is already done.
     */
    private List<DecodedImage.Frame> frames(DecodedImage decoded, PlanStages.Result first, Layers layers,
            PlanStages.Pins pins) {
        List<DecodedImage.Frame> out = new ArrayList<>(decoded.frames().size());
        out.add(new DecodedImage.Frame(first.image(), decoded.frames().get(0).delay()));
        for (DecodedImage.Frame frame : decoded.frames().subList(1, decoded.frames().size())) {
            if (Thread.currentThread().isInterrupted()) {
                throw new EngineException("The render was cancelled");
            }
            PlanStages.Result done = PlanStages.run(first.plan(), trims -> {
                throw new IllegalStateException("frame 1 resolved every trim");
            }, Normalize.INSTANCE.apply(frame.image()), parallelism, note -> { }, layers::composite, pins.rewind());
            out.add(new DecodedImage.Frame(done.image(), frame.delay()));
        }
        return out;
    }

    /** The staged image (frame 1), every staged frame when animated, and how it is to be encoded. */
    private record Staged(BufferedImage image, Plan plan, List<DecodedImage.Frame> frames, int loops, OutputFormat format,
            EncodeOptions encodeOptions, List<String> notices) {
        Rendered rendered(long bytes) {
            return new Rendered(image.getWidth(), image.getHeight(), format, bytes, notices);
        }
    }

    /** Stops a render whose caller no longer wants it ({@link #renderPixels(Path, Transformation, BooleanSupplier)}). */
    static void checkAbandoned(BooleanSupplier abandoned) {
        if (abandoned.getAsBoolean()) {
            throw new EngineException("The render was abandoned: its result is no longer wanted");
        }
    }

    private static List<String> notices(Plan plan) {
        return plan.notices().stream().map(Notice::toString).collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * Refuses a plan with anything it does not carry out, hosted-only parameters (AI, video)
     * named apart from those the local engine does not render yet (layers, distortion).
     */
    static void refuseUnplanned(Plan plan) {
        if (plan.unplanned().isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (Support support : List.of(Support.HOSTED_ONLY, Support.NOT_YET)) {
            String names = plan.unplanned().stream().filter(u -> u.support() == support)
                    .map(u -> u.parameter() + " (step " + u.step() + ": " + u.reason() + ")").collect(Collectors.joining(", "));
            if (!names.isEmpty()) {
                parts.add(support.phrase() + ": " + names);
            }
        }
        throw new NotRenderableException(String.join("; ", parts));
    }

    /**
     * A JPEG may be decoded at a fraction of its size when the first thing the plan does to the
     * whole image is a resize: the resize then starts from the smaller decode. Crops before any
     * resize need the full-size pixels their coordinates refer to.
     */
    static DecodeOptions decodeOptions(Plan plan) {
        for (PlanOp op : plan.ops()) {
            if (op instanceof PlanOp.Orient) {
                continue;
            }
            if (op instanceof PlanOp.Resize r) {
                return DecodeOptions.DEFAULT.withTarget(r.width(), r.height());
            }
            break;
        }
        return DecodeOptions.DEFAULT;
    }

    static EncodeOptions encodeOptions(Plan plan, List<String> notices) {
        EncodeOptions options = EncodeOptions.DEFAULT
                .withQuality(plan.output().quality().orElse(DEFAULT_QUALITY))
                .withProgressive(plan.output().progressive())
                .withLossless(plan.output().lossless());
        if (plan.output().colourProfile()) {
            // Pixels were converted to sRGB on decode, so sRGB is the profile that describes them.
            options = options.withIccProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        }
        if (plan.output().metadata()) {
            notices.add("md-true: the local engine does not write EXIF/XMP metadata yet; the output has none");
        }
        return options;
    }

    private static byte[] read(Path input) {
        try {
            return Files.readAllBytes(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path input, OutputStream out) {
        try {
            Files.copy(input, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        decoder.close();
        layerDecoder.close();
    }

    /** Counts what the encoder writes, so the reported byte count is the true one. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
