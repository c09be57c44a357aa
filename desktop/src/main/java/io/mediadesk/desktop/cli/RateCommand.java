package io.mediadesk.desktop.cli;

import io.mediadesk.library.InvalidValueException;
import io.mediadesk.library.asset.AssetId;
import io.mediadesk.library.asset.Rating;
import io.mediadesk.library.store.AssetRepository;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mediadesk rate N (--query Q | --id ID...)}: sets the star rating (0 clears it) of many assets. */
@Command(name = "rate", mixinStandardHelpOptions = true,
        description = {"Set the star rating (0-5, 0 = unrated) of many assets at once. Local to the library: the hosted "
                + "service has no ratings, sync does not carry them (search them with 'rating >= 4').",
            "JSON: {\"updated\"} - the number of assets whose rating changed."})
final class RateCommand extends MarkCommand {

    @Parameters(index = "0", paramLabel = "N", description = "Stars, 0 to 5.")
    int stars;

    @Override
    void check() {
        try {
            Rating.check(stars);
        } catch (InvalidValueException e) {
            throw SearchCommand.usage(e.getMessage());
        }
    }

    @Override
    int apply(AssetRepository assets, List<AssetId> ids) {
        return assets.setRating(ids, stars);
    }
}
