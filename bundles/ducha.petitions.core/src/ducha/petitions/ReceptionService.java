package ducha.petitions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import ducha.core.period.Period;
import ducha.core.security.Principal;

/** The reception calendar (every Wednesday is reception day) and the log of who received whom. */
public interface ReceptionService {

	DayOfWeek RECEPTION_DAY = DayOfWeek.WEDNESDAY;

	/** The reception days inside the period. */
	List<LocalDate> receptionDays(Period period);

	List<Reception> log(Period period, Principal viewer);

	/** Logs a reception; needs {@link PetitionPermissions#HANDLE}. A day that is not a Wednesday is accepted. */
	Reception record(LocalDate day, String receiverStaffNo, String petitionNumber, String note, Principal actor);
}
