package org.luoshi.app;

import java.nio.file.Path;
import java.util.List;
import org.luoshi.storage.WorkspaceLocation;

/**
 * What the window was started with: {@code --workspace PATH} (or {@code --workspace=PATH}), and
 * {@code --smoke-test}: open the workspace, lay out the window with its plan, report and exit
 * (the packaged app's check in CI, and the start-up measurement).
 */
public record AppOptions(Path workspace, boolean smokeTest) {
    public static final String SMOKE_TEST = "--smoke-test";

    public static AppOptions parse(List<String> args) {
        Path workspace = null;
        boolean smokeTest = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--workspace") && i + 1 < args.size()) {
                workspace = Path.of(args.get(++i));
            } else if (a.startsWith("--workspace=")) {
                workspace = Path.of(a.substring("--workspace=".length()));
            } else if (a.equals(SMOKE_TEST)) {
                smokeTest = true;
            }
        }
        return new AppOptions(workspace != null ? workspace : WorkspaceLocation.defaultFile(), smokeTest);
    }
}
