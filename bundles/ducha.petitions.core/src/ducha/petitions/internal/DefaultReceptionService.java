package ducha.petitions.internal;

import ducha.core.jpa.Jpa;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.ValidationException;
import ducha.core.audit.AuditLog;
import ducha.core.directory.DirectoryService;
import ducha.core.period.Period;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.petitions.PetitionPermissions;
import ducha.petitions.Reception;
import ducha.petitions.ReceptionService;
import ducha.petitions.internal.jpa.ReceptionEntity;

/** The reception log on {@code reception_log}. */
@Component
public class DefaultReceptionService implements ReceptionService {

	@Reference(target = "(osgi.unit.name=ducha.petitions)")
	private EntityManagerFactory emf;

	@Reference
	private AuthorizationService authorization;

	@Reference
	private AuditLog audit;

	@Reference
	private DirectoryService directory;

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
		authorization.check(viewer, PetitionPermissions.READ);
		return Jpa.read(emf, em -> em.createQuery(
				"select r from ReceptionEntity r where r.day between :from and :to order by r.day, r.id",
				ReceptionEntity.class).setParameter("from", period.from()).setParameter("to", period.to())
				.getResultList().stream().map(ReceptionEntity::toRecord).toList());
	}

	@Override
	public Reception record(LocalDate day, String receiverStaffNo, String petitionNumber, String note,
			Principal actor) {
		authorization.check(actor, PetitionPermissions.HANDLE);
		if (day == null || receiverStaffNo == null || directory.staff(receiverStaffNo).isEmpty()) {
			throw new ValidationException("接待日期和接待人（已有干警的工号）：必填");
		}
		Reception reception = Jpa.write(emf, em -> {
			String linked = petitionNumber == null || petitionNumber.isBlank() ? null
					: Petitions.find(em, petitionNumber).number();
			ReceptionEntity r = new ReceptionEntity(day, receiverStaffNo, linked, note);
			em.persist(r);
			em.flush();
			return r.toRecord();
		});
		audit.record(actor, "petition.reception", "reception", String.valueOf(reception.id()), day.toString());
		return reception;
	}
}
