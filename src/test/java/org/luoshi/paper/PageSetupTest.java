package org.luoshi.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageSetupTest {

    @Test
    void landscapeSwapsTheSidesOfThePaperAndTheMarginsStayWhereTheyAre() {
        PageSetup portrait = PageSetup.of(Paper.A3, Orientation.PORTRAIT, PageSetup.Margins.all(28));
        PageSetup landscape = portrait.turned(Orientation.LANDSCAPE);
        assertThat(portrait.width()).isEqualTo(841.89);
        assertThat(portrait.height()).isEqualTo(1190.55);
        assertThat(landscape.width()).isEqualTo(1190.55);
        assertThat(landscape.height()).isEqualTo(841.89);
        assertThat(landscape.landscape()).isTrue();
        assertThat(landscape.contentWidth()).isEqualTo(1190.55 - 56);
        assertThat(landscape.contentHeight()).isEqualTo(841.89 - 56);
    }

    @Test
    void thePaperIsRecognisedEitherWayRoundAsPrintersReportIt() {
        PageSetup a4 = PageSetup.a4(Orientation.LANDSCAPE);
        assertThat(a4.paperWidth()).isEqualTo(PageSetup.A4_WIDTH);
        assertThat(a4.isPaper(595.0, 842.0)).isTrue();
        assertThat(a4.isPaper(842.0, 595.0)).isTrue();
        assertThat(a4.isPaper(612, 792)).as("US Letter").isFalse();
        // Sides given the other way round are put right: the paper is always short side first.
        assertThat(new PageSetup(842, 595, Orientation.PORTRAIT, PageSetup.Margins.STANDARD).width()).isEqualTo(595);
    }

    @Test
    void marginsThatLeaveTooLittleOfThePageAreRefused() {
        assertThatThrownBy(() -> PageSetup.of(Paper.A4, Orientation.PORTRAIT, PageSetup.Margins.all(160)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageSetup.Margins.all(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
