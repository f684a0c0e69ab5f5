package fr.civitas.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.civitas.portal.application.Forms;
import fr.civitas.portal.domain.MenuTarget;
import org.junit.jupiter.api.Test;

class FieldLimitsTest {

    @Test
    void theViewsMaximaAreTheFormsConstraints() {
        assertEquals(200, FieldLimits.of(Forms.PageForm.class).get("title"));
        assertEquals(Forms.RICH_TEXT_MAX, FieldLimits.of(Forms.DemarcheForm.class).get("steps"));
        assertEquals(MenuTarget.MAX_LENGTH, FieldLimits.of(Forms.MenuForm.class).get("target"));
        assertEquals(300, FieldLimits.of(Forms.ImageForm.class).get("alt"));
        assertFalse(FieldLimits.of(Forms.PageForm.class).containsKey("position"), "a number has a range, not a length");
    }
}
