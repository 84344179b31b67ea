package ducha.petitions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import ducha.core.period.Period;
import ducha.core.security.Principal;

/** The reception calendar (every Wednesday is reception day) and the log of who received whom. */
public interface ReceptionService {

	DayOfWeek RECEPTION_DAY = DayOfWeek.WEDNESDAY;

	/** The reception days inside the period. */
	List<LocalDate> receptionDays(Period period);

	/**
	 * The receptions logged inside the period, by day; needs {@link PetitionPermissions#READ}. The petition a
	 * reception led to is left out for a viewer who may not see that petition (e.g. a staff member it names).
	 */
	List<Reception> log(Period period, Principal viewer);

	/**
	 * The month as a reception calendar: every Wednesday (with or without receptions) and any other day on which a
	 * reception was logged, in order, each with its receptions from {@link #log}.
	 */
	List<ReceptionDay> calendar(YearMonth month, Principal viewer);

	/** Logs a reception; needs {@link PetitionPermissions#HANDLE}. A day that is not a Wednesday is accepted. */
	Reception record(LocalDate day, String receiverStaffNo, String petitionNumber, String note, Principal actor);
}
