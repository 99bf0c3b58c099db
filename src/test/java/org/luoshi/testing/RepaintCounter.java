package org.luoshi.testing;

import com.sun.javafx.geom.DirtyRegionContainer;
import com.sun.javafx.geom.DirtyRegionPool;
import com.sun.javafx.geom.RectBounds;
import com.sun.javafx.geom.transform.Affine3D;
import com.sun.javafx.geom.transform.BaseTransform;
import com.sun.javafx.geom.transform.GeneralTransform3D;
import com.sun.javafx.scene.NodeHelper;
import com.sun.javafx.scene.SceneHelper;
import com.sun.javafx.sg.prism.NGNode;
import com.sun.javafx.tk.TKPulseListener;
import com.sun.javafx.tk.Toolkit;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import javafx.scene.Scene;

/**
 * Counts the frames the renderer paints for a scene, and how many of them it paints in full
 * (issue 20). Read after each pulse has copied the scene to the render graph, before the frame is
 * drawn, the way JavaFX's {@code ViewPainter} decides: a scene that is to be painted while no node
 * of its render graph is dirty, or whose dirty area covers the whole window, is painted whole.
 *
 * <p>Reads JavaFX internals (the render graph's nodes, the list of scenes to paint): for tests and
 * harnesses on the class path only. Install and read on the FX thread.
 */
public final class RepaintCounter {
    private final Scene scene;
    private final TKPulseListener listener = this::afterSync; // held here: the toolkit keeps it weakly
    private final Object collector;
    private final Field scenesToPaint;
    private final Method peer;
    private int painted;
    private int whole;
    /** For each frame painted whole, what was dirty in it (the failure message says so). */
    private final List<String> wholeFrames = new java.util.ArrayList<>();

    private RepaintCounter(Scene scene) throws ReflectiveOperationException {
        this.scene = scene;
        Class<?> paintCollector = Class.forName("com.sun.javafx.tk.quantum.PaintCollector");
        Method instance = paintCollector.getDeclaredMethod("getInstance");
        instance.setAccessible(true);
        collector = instance.invoke(null);
        scenesToPaint = paintCollector.getDeclaredField("dirtyScenes");
        scenesToPaint.setAccessible(true);
        peer = Scene.class.getDeclaredMethod("getPeer");
        peer.setAccessible(true);
    }

    /** Starts counting the frames of {@code scene}. */
    public static RepaintCounter install(Scene scene) {
        try {
            RepaintCounter counter = new RepaintCounter(scene);
            Toolkit.getToolkit().addPostSceneTkPulseListener(counter.listener);
            return counter;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JavaFX's renderer state cannot be read here", e);
        }
    }

    public void uninstall() {
        Toolkit.getToolkit().removePostSceneTkPulseListener(listener);
    }

    /** Frames painted since counting began. */
    public int painted() {
        return painted;
    }

    /** For each frame painted whole: its number and the dirty nodes from the root down. */
    public List<String> wholeFrames() {
        return List.copyOf(wholeFrames);
    }

    /** Of them, frames painted whole: every pixel of the window drawn again. */
    public int wholeWindow() {
        return whole;
    }

    private void afterSync() {
        try {
            if (!((List<?>) scenesToPaint.get(collector)).contains(peer.invoke(scene))) {
                return; // nothing of this scene is painted in this pulse
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        painted++;
        // The render graph is read between the sync and the frame, as the toolkit itself does then.
        SceneHelper.setAllowPGAccess(true);
        try {
            count(NodeHelper.getPeer(scene.getRoot()));
        } finally {
            SceneHelper.setAllowPGAccess(false);
        }
    }

    private void count(NGNode root) {
        if (root.isClean()) {
            whole++;
            wholeFrames.add("frame " + painted + ": nothing dirty");
            return;
        }
        RectBounds window = new RectBounds(0, 0, (float) scene.getWidth(), (float) scene.getHeight());
        int status = root.accumulateDirtyRegions(window, new RectBounds(), new DirtyRegionPool(6), new DirtyRegionContainer(6),
                new Affine3D(BaseTransform.IDENTITY_TRANSFORM), new GeneralTransform3D());
        if (status == DirtyRegionContainer.DTR_CONTAINS_CLIP) {
            whole++;
            StringBuilder dirty = new StringBuilder();
            dirtyNodes(scene.getRoot(), 0, dirty);
            wholeFrames.add("frame " + painted + ": dirty " + dirty);
        }
    }

    /** The dirty nodes down to a few levels: which change covered the window. */
    private static void dirtyNodes(javafx.scene.Node node, int depth, StringBuilder out) {
        if (NodeHelper.getPeer(node).isClean() || depth > 5) {
            return;
        }
        out.append("\n").append("  ".repeat(depth)).append(node.getClass().getSimpleName())
                .append(node.getId() == null ? "" : "#" + node.getId()).append(' ').append(node.getBoundsInParent());
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                dirtyNodes(child, depth + 1, out);
            }
        }
    }
}
