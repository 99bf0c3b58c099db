package org.luoshi.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The Luoshi icon (drawn by installer/IconMaker.java) for the window's title bar and task switcher,
 * and for the About dialog. The packaged app's launcher and menu entry use the same drawing.
 */
final class AppIcons {
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    /** The icon at every size there is. */
    static List<Image> loadAll() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            Image image = load(size);
            if (image != null) {
                icons.add(image);
            }
        }
        return icons;
    }

    /** The icon at {@code size} px, or null if the app was built without it. */
    static Image load(int size) {
        try (InputStream in = AppIcons.class.getResourceAsStream("/org/luoshi/app/icons/luoshi-" + size + ".png")) {
            return in == null ? null : new Image(in);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
