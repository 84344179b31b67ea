package ducha.petitions;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of the reception calendar with the receptions logged on it.
 *
 * @param receptionDay true for the regular reception day (Wednesday); false for another day on which a reception
 *                     was logged nevertheless
 */
public record ReceptionDay(LocalDate day, boolean receptionDay, List<Reception> receptions) {

	public ReceptionDay {
		receptions = List.copyOf(receptions);
	}
}
