package org.luoshi.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.luoshi.plan.Role.COOPERATING;
import static org.luoshi.plan.Role.LEAD;
import static org.luoshi.plan.Role.RESPONSIBLE;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.i18n.Messages;

class RoleOrderTest {
    @AfterEach
    void restore() {
        Messages.setLocale(Locale.getDefault());
    }

    @Test
    void readsEnglishAndChineseNames() {
        assertThat(RoleOrder.parse("cooperating, LEAD,responsible").roles()).containsExactly(COOPERATING, LEAD, RESPONSIBLE);
        assertThat(RoleOrder.parse("配合、牵头、责任").roles()).containsExactly(COOPERATING, LEAD, RESPONSIBLE);
    }

    @Test
    void refusesUnknownMissingAndRepeatedRoles() {
        Messages.setLocale(Locale.ENGLISH);
        assertThatThrownBy(() -> RoleOrder.parse("lead,lead,cooperating")).hasMessageContaining("lead,lead,cooperating");
        assertThatThrownBy(() -> RoleOrder.parse("lead,cooperating")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoleOrder.parse("lead,boss,cooperating")).hasMessageContaining("boss");
    }

    @Test
    void allSixOrdersWithTheStandardFirst() {
        List<RoleOrder> all = RoleOrder.all();
        assertThat(all).hasSize(6);
        assertThat(new HashSet<>(all)).hasSize(6);
        assertThat(all.get(0)).isEqualTo(RoleOrder.STANDARD);
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(RoleOrder.STANDARD.label()).isEqualTo("牵头 → 责任 → 配合");
    }
}
