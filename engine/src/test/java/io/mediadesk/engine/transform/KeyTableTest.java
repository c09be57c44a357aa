package io.mediadesk.engine.transform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec 7.8: every SDK option name maps to its short key, in both directions through the one table. */
class KeyTableTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "width,w", "height,h", "aspectRatio,ar", "background,bg", "border,b", "crop,c", "cropMode,cm",
            "dpr,dpr", "focus,fo", "quality,q", "x,x", "xCenter,xc", "y,y", "yCenter,yc", "format,f",
            "videoCodec,vc", "audioCodec,ac", "radius,r", "rotation,rt", "blur,bl", "named,n",
            "defaultImage,di", "flip,fl", "original,orig", "startOffset,so", "endOffset,eo", "duration,du",
            "streamingResolutions,sr", "grayscale,e-grayscale", "aiUpscale,e-upscale", "aiRetouch,e-retouch",
            "aiVariation,e-genvar", "aiDropShadow,e-dropshadow", "aiChangeBackground,e-changebg",
            "aiRemoveBackground,e-bgremove", "aiRemoveBackgroundExternal,e-removedotbg", "aiEdit,e-edit",
            "contrastStretch,e-contrast", "shadow,e-shadow", "sharpen,e-sharpen", "unsharpMask,e-usm",
            "gradient,e-gradient", "colorReplace,cr", "colorize,e-colorize", "distort,e-distort",
            "progressive,pr", "lossless,lo", "colorProfile,cp", "metadata,md", "opacity,o", "trim,t",
            "zoom,z", "page,pg", "fontSize,fs", "fontFamily,ff", "fontColor,co", "color,co",
            "innerAlignment,ia", "padding,pa", "alpha,al", "typography,tg", "lineHeight,lh",
            "fontOutline,fol", "fontShadow,fsh", "layerMode,lm",
            "rotate,rt", "effectSharpen,e-sharpen", "effectUSM,e-usm", "effectContrast,e-contrast",
            "effectGray,e-grayscale", "effectShadow,e-shadow", "effectGradient,e-gradient"})
    void longNameMapsToShortKey(String longName, String shortKey) {
        assertThat(Key.find(longName)).map(Key::shortKey).contains(shortKey);
        assertThat(Key.find(shortKey)).isEqualTo(Key.find(longName));
    }

    @Test
    void shortKeysAreUniqueAndExpressionKeysMatchSpec() {
        assertThat(Arrays.stream(Key.values()).map(Key::shortKey).distinct().count()).isEqualTo(Key.values().length);
        assertThat(Arrays.stream(Key.values()).filter(Key::allowsExpressions).map(Key::shortKey))
                .containsExactlyInAnyOrder("w", "h", "ar", "x", "y", "xc", "yc", "b", "lx", "ly", "lxc", "lyc",
                        "pa", "fs", "e-gradient", "dpr", "lh", "so", "eo", "du", "lso", "leo", "ldu");
    }

    @Test
    void everyKeyIsValidSomewhere() {
        for (Key key : Key.values()) {
            assertThat(Arrays.stream(Scope.values()).anyMatch(key::validIn)).as(key.shortKey()).isTrue();
        }
    }
}
