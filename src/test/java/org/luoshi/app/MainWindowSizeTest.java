package org.luoshi.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/**
 * The sizes only: that the window opens at them under a window manager (JDK-8316423) needs a real
 * one, see installer/check-window-size.sh.
 */
class MainWindowSizeTest {
    @Test
    void opensAtMostOfCommonScreens() {
        Rectangle2D at1440 = MainWindowSize.forScreen(new Rectangle2D(0, 0, 1440, 900));
        assertThat(at1440.getWidth()).isEqualTo(1440 * 0.92);
        assertThat(at1440.getHeight()).isEqualTo(810);
        Rectangle2D at1280 = MainWindowSize.forScreen(new Rectangle2D(0, 0, 1280, 800));
        assertThat(at1280.getWidth()).isEqualTo(1280 * 0.92);
        assertThat(at1280.getHeight()).isEqualTo(720);
        Rectangle2D at4k = MainWindowSize.forScreen(new Rectangle2D(0, 0, 3840, 2100));
        assertThat(at4k.getWidth()).isEqualTo(1680);
        assertThat(at4k.getHeight()).isEqualTo(1000);
    }

    @Test
    void neverLargerThanTheScreen() {
        Rectangle2D small = new Rectangle2D(0, 0, 1000, 650);
        assertThat(MainWindowSize.forScreen(small).getWidth()).isEqualTo(1000);
        assertThat(MainWindowSize.forScreen(small).getHeight()).isEqualTo(650);
    }

    @Test
    void aWindowManagersDefaultIsTakenBackButNotAUsersResize() {
        assertThat(MainWindowSize.shrunk(200, 200, 1325, 810)).as("GTK's 200x200 under openbox").isTrue();
        assertThat(MainWindowSize.shrunk(1323, 785, 1325, 810)).as("the frame taken off").isFalse();
        assertThat(MainWindowSize.shrunk(1000, 650, 1325, 810)).isFalse();
    }
}
