package org.luoshi.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusFromProgressTest {
    @Test
    void progressOnATaskNotStartedOffersInProgress() {
        assertThat(StatusFromProgress.suggest(TaskStatus.NOT_STARTED, 30)).contains(TaskStatus.IN_PROGRESS);
        assertThat(StatusFromProgress.suggest(TaskStatus.NOT_STARTED, 1)).contains(TaskStatus.IN_PROGRESS);
        assertThat(StatusFromProgress.suggest(TaskStatus.NOT_STARTED, 0)).isEmpty();
    }

    @Test
    void aHundredPercentOffersDone() {
        assertThat(StatusFromProgress.suggest(TaskStatus.NOT_STARTED, 100)).contains(TaskStatus.DONE);
        assertThat(StatusFromProgress.suggest(TaskStatus.IN_PROGRESS, 100)).contains(TaskStatus.DONE);
        assertThat(StatusFromProgress.suggest(TaskStatus.ON_HOLD, 100)).contains(TaskStatus.DONE);
    }

    @Test
    void nothingIsOfferedWhereTheStatusAlreadyFits() {
        assertThat(StatusFromProgress.suggest(TaskStatus.IN_PROGRESS, 60)).isEmpty();
        assertThat(StatusFromProgress.suggest(TaskStatus.DONE, 100)).isEmpty();
        assertThat(StatusFromProgress.suggest(TaskStatus.CLOSED, 100)).isEmpty();
        assertThat(StatusFromProgress.suggest(TaskStatus.ON_HOLD, 50)).isEmpty();
        assertThat(StatusFromProgress.suggest(TaskStatus.DONE, 50)).isEmpty();
    }
}
