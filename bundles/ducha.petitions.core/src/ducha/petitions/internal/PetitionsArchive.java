package ducha.petitions.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.Staff;
import ducha.core.jpa.Jpa;
import ducha.core.period.Period;
import ducha.core.security.CorePermissions;
import ducha.core.security.Principal;
import ducha.core.spi.ArchiveContributor;
import ducha.core.spi.ArchiveEntry;
import ducha.petitions.PetitionState;
import ducha.petitions.internal.jpa.ClearanceEntity;
import ducha.petitions.internal.jpa.PetitionEntity;

/**
 * A staff member's archive entries from petitions: the conclusion, the disposition and the clearance, and only once
 * a conclusion is recorded. Nothing before, never the reporter, never the report's content (it could identify the
 * reporter): the conclusion's own text is what the office wrote for the record.
 */
@Component
public class PetitionsArchive implements ArchiveContributor {

	@Reference
	private PetitionsUnit unit;

	@Override
	public String source() {
		return "petitions";
	}

	@Override
	public List<ArchiveEntry> entries(String staffNo, Period period, Principal viewer) {
		if (!mayView(staffNo, viewer)) {
			return List.of();
		}
		return Jpa.read(unit.emf(), em -> {
			List<ArchiveEntry> entries = new ArrayList<>();
			List<PetitionEntity> petitions = em.createQuery(
					"select p from PetitionEntity p join p.reportedStaff s where s = :no and p.state in :concluded",
					PetitionEntity.class).setParameter("no", staffNo)
					.setParameter("concluded", List.of(PetitionState.CONCLUDED, PetitionState.DISPOSED,
							PetitionState.CLOSED))
					.getResultList();
			for (PetitionEntity p : petitions) {
				var view = p.toRecord();
				if (period.contains(view.concludedOn())) {
					entries.add(new ArchiveEntry(staffNo, view.concludedOn(), "petitions.conclusion",
							Messages.archiveConclusionKind,
							NLS.bind(Messages.archiveConclusion, view.number(), view.conclusion().label()), view.conclusionText(),
							source(), false));
				}
				if (view.disposition() != null && period.contains(view.disposedOn())) {
					entries.add(new ArchiveEntry(staffNo, view.disposedOn(), "petitions.disposition",
							Messages.archiveDispositionKind,
							NLS.bind(Messages.archiveDisposition, view.number(), view.disposition().label()), view.dispositionText(),
							source(), false));
				}
			}
			for (ClearanceEntity c : em.createQuery(
					"select c from ClearanceEntity c where c.staffNo = :no and c.clearedOn between :from and :to",
					ClearanceEntity.class).setParameter("no", staffNo).setParameter("from", period.from())
					.setParameter("to", period.to()).getResultList()) {
				String number = em.find(PetitionEntity.class, c.petitionId()).number();
				var clearance = c.toRecord(number);
				entries.add(new ArchiveEntry(staffNo, clearance.clearedOn(), "petitions.clearance",
						Messages.archiveClearanceKind, NLS.bind(Messages.archiveClearance, number), clearance.statement(), source(), false));
			}
			return entries;
		});
	}

	/** The staff member themself, or who may read the directory of their department. */
	private boolean mayView(String staffNo, Principal viewer) {
		if (viewer == null || staffNo == null) {
			return false;
		}
		if (staffNo.equals(viewer.staffNo())) {
			return true;
		}
		return unit.authorization().isPermitted(viewer, CorePermissions.STAFF_READ) && unit.directory().staff(staffNo)
				.map(Staff::departmentCode).filter(d -> unit.authorization().canSeeDepartment(viewer, d)).isPresent();
	}
}
