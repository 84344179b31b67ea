package ducha.petitions.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.directory.Staff;
import ducha.core.jpa.Jpa;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.petitions.PetitionPermissions;
import ducha.petitions.Reception;
import ducha.petitions.ReceptionDay;
import ducha.petitions.ReceptionService;
import ducha.petitions.internal.jpa.PetitionEntity;
import ducha.petitions.internal.jpa.ReceptionEntity;

/** The reception log on {@code reception_log}. */
@Component
public class DefaultReceptionService implements ReceptionService {

	@Reference
	private PetitionsUnit unit;

	@Override
	public List<LocalDate> receptionDays(Period period) {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate d = period.from().with(TemporalAdjusters.nextOrSame(RECEPTION_DAY)); !d.isAfter(period.to()); d = d
				.plusWeeks(1)) {
			days.add(d);
		}
		return days;
	}

	@Override
	public List<Reception> log(Period period, Principal viewer) {
		unit.authorization().check(viewer, PetitionPermissions.READ);
		PetitionAccess access = unit.access();
		return Jpa.read(unit.emf(), em -> em.createQuery(
				"select r from ReceptionEntity r where r.day between :from and :to order by r.day, r.id",
				ReceptionEntity.class).setParameter("from", period.from()).setParameter("to", period.to())
				.getResultList().stream().map(r -> r.toRecord(receiverName(r.receiverStaffNo()),
						visiblePetition(em, r.petitionNumber(), viewer, access)))
				.toList());
	}

	@Override
	public List<ReceptionDay> calendar(YearMonth month, Principal viewer) {
		Period period = Period.of(month.atDay(1), month.atEndOfMonth());
		Map<LocalDate, List<Reception>> byDay = new TreeMap<>();
		receptionDays(period).forEach(day -> byDay.put(day, new ArrayList<>()));
		for (Reception r : log(period, viewer)) {
			byDay.computeIfAbsent(r.day(), day -> new ArrayList<>()).add(r);
		}
		return byDay.entrySet().stream()
				.map(e -> new ReceptionDay(e.getKey(), e.getKey().getDayOfWeek() == RECEPTION_DAY, e.getValue()))
				.toList();
	}

	private String receiverName(String staffNo) {
		return unit.directory().staff(staffNo).map(Staff::name).orElse(staffNo);
	}

	/** A petition the actor may see, worded as not found otherwise (also for a staff member it names). */
	private String linkable(EntityManager em, String number, Principal actor) {
		PetitionEntity petition = Petitions.find(em, number);
		if (!unit.access().maySee(actor, petition)) {
			throw Petitions.notFound(number);
		}
		return petition.number();
	}

	/** The linked petition's number, or null when the viewer may not know that it exists. */
	private static String visiblePetition(EntityManager em, String number, Principal viewer, PetitionAccess access) {
		if (number == null) {
			return null;
		}
		try {
			return access.maySee(viewer, Petitions.find(em, number)) ? number : null;
		} catch (NotFoundException e) {
			return null;
		}
	}

	@Override
	public Reception record(LocalDate day, String receiverStaffNo, String petitionNumber, String note,
			Principal actor) {
		unit.authorization().check(actor, PetitionPermissions.HANDLE);
		if (day == null || receiverStaffNo == null || unit.directory().staff(receiverStaffNo).isEmpty()) {
			throw new ValidationException(Messages.receptionMissing);
		}
		Reception reception = Jpa.write(unit.emf(), em -> {
			String linked = petitionNumber == null || petitionNumber.isBlank() ? null
					: linkable(em, petitionNumber, actor);
			ReceptionEntity r = new ReceptionEntity(day, receiverStaffNo, linked, note);
			em.persist(r);
			em.flush();
			Reception done = r.toRecord(receiverName(receiverStaffNo), linked);
			unit.audit().recordIn(em, actor, "petition.reception", "reception", String.valueOf(done.id()),
					day.toString());
			return done;
		});
		return reception;
	}
}
