package org.luoshi.app;

import java.nio.file.Path;
import java.util.List;
import org.luoshi.storage.WorkspaceLocation;

/** What the window was started with: {@code --workspace PATH} (or {@code --workspace=PATH}). */
public record AppOptions(Path workspace) {

    public static AppOptions parse(List<String> args) {
        Path workspace = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--workspace") && i + 1 < args.size()) {
                workspace = Path.of(args.get(++i));
            } else if (a.startsWith("--workspace=")) {
                workspace = Path.of(a.substring("--workspace=".length()));
            }
        }
        return new AppOptions(workspace != null ? workspace : WorkspaceLocation.defaultFile());
    }
}
