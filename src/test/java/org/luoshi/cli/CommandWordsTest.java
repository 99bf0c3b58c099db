package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandWordsTest {
    @Test
    void theLaunchersListIsEveryCommandOfTheAnnotationsWithHelpAndVersion() {
        // A command added to LuoshiCommand's subcommands must be added to CommandWords too, or a start
        // with its name would open the window instead of running it.
        assertThat(CommandWords.ALL).containsExactlyInAnyOrderElementsOf(LuoshiCommand.words());
        assertThat(CommandWords.ALL).containsAll(LuoshiCommand.commandNames())
                .contains("--help", "-h", "--version", "-V", "help");
    }
}
