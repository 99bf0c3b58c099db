package org.luoshi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where dialogs open and how large: pure geometry, no toolkit. */
class DialogWindowsTest {
    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1280, 800);

    @Test
    void aDialogOpensCentredOnItsOwner() {
        Rectangle2D owner = new Rectangle2D(100, 50, 1000, 700);
        Rectangle2D at = DialogWindows.centred(owner, 400, 300, SCREEN);
        assertThat(at.getMinX()).isEqualTo(400);
        assertThat(at.getMinY()).isEqualTo(250);
    }

    @Test
    void aDialogNearTheScreenEdgeIsMovedOntoTheScreen() {
        Rectangle2D owner = new Rectangle2D(1100, 600, 300, 300);
        Rectangle2D at = DialogWindows.centred(owner, 600, 400, SCREEN);
        assertThat(at.getMaxX()).isEqualTo(1280);
        assertThat(at.getMaxY()).isEqualTo(800);
        assertThat(DialogWindows.centred(new Rectangle2D(-500, -300, 200, 100), 600, 400, SCREEN).getMinX()).isZero();
    }

    @Test
    void aDialogLargerThanTheScreenIsMadeToFitWithAMargin() {
        // The review dialog asks for 1280×800; on a 1280×800 screen it gets 1232×720: 24 px free on
        // every side and 32 px more for the window manager's title bar.
        Rectangle2D size = DialogWindows.fitted(1280, 800, SCREEN);
        assertThat(size.getWidth()).isEqualTo(1232);
        assertThat(size.getHeight()).isEqualTo(720);
        assertThat(DialogWindows.fitted(400, 300, SCREEN).getWidth()).isEqualTo(400);
    }

    @Test
    void aWindowManagersDefaultIsToldFromAUsersDrag() {
        // openbox maps at 200×200 what asked for 720×420; the digest at 135 px high.
        assertThat(DialogWindows.shrunk(200, 200, 720, 420)).isTrue();
        assertThat(DialogWindows.shrunk(720, 135, 720, 420)).isTrue();
        assertThat(DialogWindows.shrunk(600, 380, 720, 420)).isFalse();
    }
}
