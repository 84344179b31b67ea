package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ducha.cases.OrderSchedule;
import ducha.cases.SupervisionService;
import ducha.core.DataFolder;
import ducha.core.ValidationException;

/** The "N days before the deadline" reminder and the escalation interval are the court's settings. */
class OrderScheduleSettingsTest {

	private static final LocalDate ISSUED = LocalDate.of(2024, 3, 1);
	private static final LocalDate DEADLINE = LocalDate.of(2024, 4, 30);

	private final Path settings = DataFolder.get().resolve("cases.properties");

	@AfterEach
	void removeSettings() throws IOException {
		Files.deleteIfExists(settings);
	}

	@Test
	void withoutSettingsTheDefaultsApply() {
		OrderSchedule schedule = Osgi.service(SupervisionService.class).schedule();

		assertEquals(DEADLINE.minusDays(OrderSchedule.DEFAULT_DAYS_BEFORE), schedule.daysBeforeDay(ISSUED, DEADLINE));
	}

	@Test
	void theCourtSetsHowManyDaysBeforeTheDeadlineItIsReminded() throws IOException {
		Files.writeString(settings, "orders.remind.days=10\norders.escalation.days=5\n", StandardCharsets.UTF_8);

		OrderSchedule schedule = Osgi.service(SupervisionService.class).schedule();

		assertEquals(LocalDate.of(2024, 4, 20), schedule.daysBeforeDay(ISSUED, DEADLINE));
	}

	@Test
	void aBadSettingIsRefusedNamingTheFileAndKey() throws IOException {
		Files.writeString(settings, "orders.remind.days=十天\n", StandardCharsets.UTF_8);

		ValidationException refused = assertThrows(ValidationException.class,
				() -> Osgi.service(SupervisionService.class).schedule());

		assertTrue(refused.getMessage().contains("cases.properties") && refused.getMessage().contains(
				"orders.remind.days") && refused.getMessage().contains("十天"), refused.getMessage());
	}
}
