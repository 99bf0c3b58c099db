package org.luoshi.bench;

import com.sun.javafx.geom.BaseBounds;
import com.sun.javafx.geom.RectBounds;
import com.sun.javafx.geom.transform.BaseTransform;
import com.sun.javafx.geom.transform.GeneralTransform3D;
import com.sun.javafx.scene.NodeHelper;
import com.sun.javafx.sg.prism.NGGroup;
import com.sun.javafx.sg.prism.NGNode;
import com.sun.javafx.tk.TKPulseListener;
import com.sun.javafx.tk.Toolkit;
import java.lang.reflect.Field;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Debugging (KeysProbe {@code -Dkeys.ngVerbose=true}): after each pulse's sync, what the renderer will
 * paint and why — the dirty nodes of the render graph, the nodes synchronised, CSS left dirty after the
 * pulse. Reads JavaFX internals; class path only.
 */
final class DirtyProbe {
    private static TKPulseListener keep;

    static void install(Scene scene) throws Exception {
        Field dirty = NGNode.class.getDeclaredField("dirty");
        Field childDirty = NGNode.class.getDeclaredField("childDirty");
        Field acc = NGNode.class.getDeclaredField("dirtyChildrenAccumulated");
        Field dirtyBounds = NGNode.class.getDeclaredField("dirtyBounds");
        for (Field f : new Field[] {dirty, childDirty, acc, dirtyBounds}) {
            f.setAccessible(true);
        }
        int[] pulse = {0};
        Field dn = Scene.class.getDeclaredField("dirtyNodes");
        Field dns = Scene.class.getDeclaredField("dirtyNodesSize");
        Field bits = Node.class.getDeclaredField("dirtyBits");
        dn.setAccessible(true);
        dns.setAccessible(true);
        bits.setAccessible(true);
        StringBuilder lastDirty = new StringBuilder();
        scene.addPostLayoutPulseListener(() -> {
            lastDirty.setLength(0);
            try {
                Node[] nodes = (Node[]) dn.get(scene);
                int size = dns.getInt(scene);
                for (int i = 0; nodes != null && i < size && i < 15; i++) {
                    Node n = nodes[i];
                    lastDirty.append("\n    synced: ").append(n.getClass().getSimpleName()).append(n.getStyleClass())
                            .append(n.getId() == null ? "" : "#" + n.getId()).append(n.isVisible() ? "" : " HIDDEN")
                            .append(' ').append(bits.get(n)).append(" in ")
                            .append(n.getParent() == null ? "-" : n.getParent().getClass().getSimpleName() + n.getParent().getStyleClass());
                }
                lastDirty.append("\n    (" + size + " nodes to sync)");
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
        keep = () -> {
            pulse[0]++;
            NGNode root = NodeHelper.getPeer(scene.getRoot());
            if (root.isClean()) {
                System.out.println("pulse " + pulse[0] + ": NG tree clean" + lastDirty);
                StringBuilder css = new StringBuilder();
                cssDirty(scene.getRoot(), css);
                System.out.println("  css still dirty after the pulse:" + css);
                return;
            }
            Map<NGNode, Node> names = new IdentityHashMap<>();
            collect(scene.getRoot(), names);
            RectBounds clip = new RectBounds(0, 0, (float) scene.getWidth(), (float) scene.getHeight());
            var container = new com.sun.javafx.geom.DirtyRegionContainer(6);
            int status = root.accumulateDirtyRegions(clip, new RectBounds(),
                    new com.sun.javafx.geom.DirtyRegionPool(6), container, new com.sun.javafx.geom.transform.Affine3D(
                            BaseTransform.IDENTITY_TRANSFORM), new GeneralTransform3D());
            StringBuilder out = new StringBuilder("pulse " + pulse[0] + ": status " + status + " regions " + container.size());
            walk(root, names, dirty, childDirty, acc, dirtyBounds, out, 0);
            System.out.println(out);
            StringBuilder css = new StringBuilder();
            cssDirty(scene.getRoot(), css);
            if (css.length() > 0) {
                System.out.println("  css still dirty after the pulse:" + css);
            }
        };
        Toolkit.getToolkit().addPostSceneTkPulseListener(keep);
    }

    private static void walk(NGNode n, Map<NGNode, Node> names, Field dirty, Field childDirty, Field acc, Field dirtyBounds,
            StringBuilder out, int depth) {
        try {
            Object d = dirty.get(n);
            boolean cd = childDirty.getBoolean(n);
            int a = acc.getInt(n);
            if (!"CLEAN".equals(String.valueOf(d))) {
                BaseBounds b = (BaseBounds) dirtyBounds.get(n);
                BaseBounds t = n.getCompleteBounds(new RectBounds(), BaseTransform.IDENTITY_TRANSFORM);
                out.append("\n  ").append(" ".repeat(depth)).append(d).append(' ').append(name(n, names))
                        .append(" dirtyBounds ").append(b).append(" bounds ").append(t);
                if (Boolean.getBoolean("keys.ngDeep")) {
                    return;
                }
                return;
            }
            if (cd && a > 12) {
                out.append("\n  ").append(" ".repeat(depth)).append("ACC ").append(a).append(' ').append(name(n, names));
                return;
            }
            if (cd && n instanceof NGGroup g) {
                for (NGNode c : g.getChildren()) {
                    walk(c, names, dirty, childDirty, acc, dirtyBounds, out, depth + 1);
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void cssDirty(Node n, StringBuilder out) {
        try {
            Field f = Node.class.getDeclaredField("cssFlag");
            f.setAccessible(true);
            String flag = String.valueOf(f.get(n));
            if ("DIRTY_BRANCH".equals(flag) && n instanceof Parent p && p.getChildrenUnmodifiable().stream().allMatch(c -> {
                try {
                    return "CLEAN".equals(String.valueOf(f.get(c)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            })) {
                out.append("\n    stale DIRTY_BRANCH ").append(n.getClass().getSimpleName()).append(n.getStyleClass())
                        .append(" parent ").append(n.getParent() == null ? "-" : n.getParent().getClass().getSimpleName()
                                + n.getParent().getStyleClass());
            }
            if (!"CLEAN".equals(flag) && !"DIRTY_BRANCH".equals(flag)) {
                out.append("\n    ").append(flag).append(' ').append(n.getClass().getSimpleName()).append(n.getStyleClass())
                        .append(n.getId() == null ? "" : "#" + n.getId()).append(n.isVisible() ? "" : " HIDDEN")
                        .append(" parent ").append(n.getParent() == null ? "-" : n.getParent().getClass().getSimpleName()
                                + n.getParent().getStyleClass());
                return;
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                cssDirty(c, out);
            }
        }
    }

    private static String name(NGNode n, Map<NGNode, Node> names) {
        Node fx = names.get(n);
        return fx == null ? n.getClass().getSimpleName() : fx.getClass().getSimpleName() + fx.getStyleClass()
                + (fx.getId() == null ? "" : "#" + fx.getId()) + (fx.isVisible() ? "" : " HIDDEN");
    }

    private static void collect(Node n, Map<NGNode, Node> out) {
        out.put(NodeHelper.getPeer(n), n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    private DirtyProbe() {
    }
}
