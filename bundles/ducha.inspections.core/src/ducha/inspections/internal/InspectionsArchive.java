package ducha.inspections.internal;

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
import ducha.inspections.Finding;
import ducha.inspections.Inspection;
import ducha.inspections.internal.jpa.BulletinEntity;
import ducha.inspections.internal.jpa.FindingEntity;

/**
 * A staff member's archive entries from the inspections: each finding naming them (dated by its inspection) and each
 * bulletin naming them (dated by its issue). A finding of an unannounced inspection not yet closed is left out for
 * everyone but the supervision office, the person themself included.
 */
@Component
public class InspectionsArchive implements ArchiveContributor {

	@Reference
	private InspectionsContext context;

	@Override
	public String source() {
		return "inspections";
	}

	@Override
	public List<ArchiveEntry> entries(String staffNo, Period period, Principal viewer) {
		if (!mayView(staffNo, viewer)) {
			return List.of();
		}
		boolean office = context.mayManage(viewer);
		return Jpa.read(context.emf, em -> {
			List<ArchiveEntry> entries = new ArrayList<>();
			for (FindingEntity entity : em.createQuery("select f from FindingEntity f where f.staffNo = :no"
					+ " order by f.id", FindingEntity.class).setParameter("no", staffNo).getResultList()) {
				Inspection inspection = entity.inspection().toRecord();
				Finding f = entity.toRecord();
				if (inspection.confidential() && !office) {
					continue;
				}
				if (period.contains(inspection.date())) {
					entries.add(new ArchiveEntry(staffNo, inspection.date(), "inspections.finding",
							Messages.archiveFindingKind, NLS.bind(Messages.archiveFinding, inspection.inspectionNo(),
									inspection.mode().label()), f.description(), source(), inspection.confidential()));
				}
				BulletinEntity bulletin = entity.bulletin();
				if (bulletin != null) {
					var issued = bulletin.toRecord(List.of());
					if (period.contains(issued.issuedOn())) {
						entries.add(new ArchiveEntry(staffNo, issued.issuedOn(), "inspections.bulletin",
								Messages.archiveBulletinKind, NLS.bind(Messages.archiveBulletin, issued.label(),
										issued.title()), f.description(), source(), false));
					}
				}
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
		return context.authorization.isPermitted(viewer, CorePermissions.STAFF_READ)
				&& context.directory.staff(staffNo).map(Staff::departmentCode)
						.filter(d -> context.authorization.canSeeDepartment(viewer, d)).isPresent();
	}
}
