package org.luoshi.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where Linux has no graphics device to draw with (a virtual machine without one, a remote desktop,
 * Xvfb), JavaFX's OpenGL pipeline fails its hardware check and falls back to software drawing —
 * but only after loading the system's OpenGL (Mesa's software renderer and LLVM: about 50 MB
 * resident and a few hundred ms of CPU at start). There the window asks for software drawing at
 * once. A device present ({@code /dev/dri/card*} or {@code renderD*}), another system, or a
 * {@code prism.order} given on the command line leaves JavaFX to choose.
 *
 * <p>Drawing in software, regions are not drawn from cached pictures
 * ({@code prism.disableRegionCaching=true}, unless given): a region with more than one background
 * fill (a table's border and its inner background, the focused table's ring, a row's bar) is
 * otherwise painted once into a picture and then stretched over the region as nine slices for every
 * frame. On a graphics card that is a cheap texture draw; in software it scales every pixel —
 * 30–35 ms of the renderer's ~60 ms of CPU per Page_Down in a 10,000-task table (issue 20), where
 * filling the same rectangles directly costs a few. The pixels drawn are the same.
 */
final class SoftwareRendering {
    static final String PRISM_ORDER = "prism.order";
    static final String REGION_CACHING_OFF = "prism.disableRegionCaching";

    private SoftwareRendering() {
    }

    /**
     * Sets {@code prism.order=sw} before the toolkit starts, where {@link #noGraphicsDevice} says so,
     * and turns region caching off where the window draws in software only.
     */
    static void chooseBeforeToolkit() {
        if (System.getProperty(PRISM_ORDER) == null
                && noGraphicsDevice(System.getProperty("os.name", ""), Path.of("/dev/dri"))) {
            System.setProperty(PRISM_ORDER, "sw");
        }
        if (System.getProperty(REGION_CACHING_OFF) == null && softwareOnly(System.getProperty(PRISM_ORDER))) {
            System.setProperty(REGION_CACHING_OFF, "true");
        }
    }

    /** Whether this {@code prism.order} leaves JavaFX no pipeline but software drawing. */
    static boolean softwareOnly(String prismOrder) {
        return prismOrder != null && prismOrder.trim().equalsIgnoreCase("sw");
    }

    /** On Linux, whether {@code dri} (the kernel's graphics devices) holds no device to draw with. */
    static boolean noGraphicsDevice(String osName, Path dri) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return false;
        }
        if (!Files.isDirectory(dri)) {
            return true;
        }
        try (Stream<Path> devices = Files.list(dri)) {
            return devices.map(p -> p.getFileName().toString())
                    .noneMatch(name -> name.startsWith("card") || name.startsWith("renderD"));
        } catch (IOException | SecurityException e) {
            return false; // cannot tell: let JavaFX try as it always did
        }
    }
}
