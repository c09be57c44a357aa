/**
 * XMP sidecars: an asset's keywords (tags), rating and colour label written to and read from a
 * standard {@code <name>.xmp} file ({@code dc:subject} bag, {@code xmp:Rating}, {@code xmp:Label}),
 * so other photo tools read what was said in Mediadesk and the library is never a lock-in.
 * {@link io.mediadesk.library.xmp.XmpSidecar} is the file format (a StAX writer; a DOM parser with
 * DTDs and external entities off); {@link io.mediadesk.library.xmp.XmpSidecars} exports a selection
 * and imports a folder of sidecars through the {@link io.mediadesk.library.store.AssetRepository} port.
 */
package io.mediadesk.library.xmp;
