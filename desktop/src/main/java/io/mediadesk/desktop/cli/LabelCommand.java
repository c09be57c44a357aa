package io.mediadesk.desktop.cli;

import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.ColourLabel;
import io.mediadesk.library.store.AssetRepository;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mediadesk label COLOUR (--query Q | --id ID...)}: sets the colour label ({@code none} clears it) of many assets. */
@Command(name = "label", mixinStandardHelpOptions = true,
        description = {"Set the colour label (red, orange, yellow, green, blue, purple or none) of many assets at once. "
                + "Local to the library like ratings (search them with 'label = \"red\"').",
            "JSON: {\"updated\"} - the number of assets whose label changed."})
final class LabelCommand extends MarkCommand {

    @Parameters(index = "0", paramLabel = "COLOUR", description = "red, orange, yellow, green, blue, purple or none.")
    String colour;

    private ColourLabel parsed;

    @Override
    void check() {
        try {
            parsed = ColourLabel.parse(colour);
        } catch (InvalidValueException e) {
            throw SearchCommand.usage(e.getMessage());
        }
    }

    @Override
    int apply(AssetRepository assets, List<AssetId> ids) {
        return assets.setLabel(ids, parsed);
    }
}
