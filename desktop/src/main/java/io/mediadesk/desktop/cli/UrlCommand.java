package io.mediadesk.desktop.cli;

import io.mediadesk.engine.transform.TransformationParser;
import io.mediadesk.sync.credential.EnvironmentCredentials;
import io.mediadesk.sync.credential.PrivateKey;
import io.mediadesk.sync.url.DeliveryUrlBuilder;
import io.mediadesk.sync.url.DeliveryUrls;
import io.mediadesk.sync.url.TransformationPosition;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mediadesk url PATH}: the delivery URL on {@code --url-endpoint}. The transformation is
 * checked and written in canonical form by the engine's parser first (a typo is exit 3, not a URL
 * that fails on the CDN). A missing key for {@code --signed} is a usage error (exit 2): nothing was
 * asked of the service, and the fix is on the caller's side.
 */
@Command(name = "url", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the delivery URL of PATH on the account's URL endpoint (--url-endpoint).",
            "--signed signs it with the private key (the OS credential store, else MEDIADESK_PRIVATE_KEY); --expires-in also makes it expire",
            "(and implies --signed).",
            "JSON: {\"url\"}"})
final class UrlCommand implements Callable<Integer> {

    @ParentCommand
    private MediadeskCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "The file's path on the endpoint, e.g. products/shoe.jpg.")
    private String path;

    @Option(names = "--tr", paramLabel = "TR", description = "Transformation, e.g. w-400,h-300:rt-90 (a leading tr: is allowed).")
    private String tr;

    @Option(names = "--query", description = "Put the transformation in ?tr= instead of the path.")
    private boolean query;

    @Option(names = "--signed", description = "Add an ik-s signature made with the private key.")
    private boolean signed;

    @Option(names = "--expires-in", paramLabel = "SECONDS", description = "Make the signature expire after SECONDS (adds ik-t).")
    private Long expiresIn;

    @Override
    public Integer call() {
        DeliveryUrlBuilder url = endpoint().path(path)
                .position(query ? TransformationPosition.QUERY : TransformationPosition.PATH);
        if (tr != null && !tr.isBlank()) {
            url.transformation(new TransformationParser().parse(tr.strip()).toString());
        }
        if (expiresIn != null) {
            if (expiresIn <= 0) {
                throw usage("--expires-in must be a positive number of seconds, got " + expiresIn);
            }
            url.expiresIn(expiresIn);
        }
        if (signed || expiresIn != null) {
            url.signedWith(key());
        }
        String result = url.build();
        new Output(spec.commandLine().getOut(), root.global().json()).result(Map.of("url", result), result);
        return ExitCode.OK.code();
    }

    private DeliveryUrls endpoint() {
        String endpoint = root.global().urlEndpoint()
                .orElseThrow(() -> usage("url needs --url-endpoint URL, the account's delivery endpoint "
                        + "(e.g. https://ik.imagekit.io/your_id)"));
        try {
            return DeliveryUrls.of(endpoint);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private PrivateKey key() {
        try {
            return root.credentials().privateKey().orElseThrow(() -> usage("a signed URL needs the private key: keep it in "
                    + "the OS credential store or set " + EnvironmentCredentials.VARIABLE + " (it is never taken from the command line)"));
        } catch (IllegalArgumentException badKey) {
            throw usage(EnvironmentCredentials.VARIABLE + " does not hold a usable key: " + badKey.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
