package ducha.cases.internal;

import org.eclipse.osgi.util.NLS;
import ducha.core.jpa.Jpa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CaseBulletin;
import ducha.cases.CasePermissions;
import ducha.cases.RectificationFollowup;
import ducha.cases.ReminderTalk;
import ducha.cases.ReviewFinding;
import ducha.core.directory.Staff;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.spi.ArchiveContributor;
import ducha.core.spi.ArchiveEntry;

/**
 * A staff member's integrity-archive entries from case supervision: review findings against them, the bulletins
 * that named them, their reminder talks and their rectification follow-ups, in date order.
 */
@Component
public class CasesArchiveContributor implements ArchiveContributor {

	private static final String SOURCE = "cases";

	@Reference
	private CasesUnit unit;

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public List<ArchiveEntry> entries(String staffNo, Period period, Principal viewer) {
		Staff staff = unit.directory.staff(staffNo).orElse(null);
		if (staff == null || !unit.authorization.isPermitted(viewer, CasePermissions.READ)
				|| !viewer.scope().includes(staff.departmentCode())) {
			return List.of();
		}
		List<ArchiveEntry> entries = new ArrayList<>();
		Jpa.read(unit.emf, em -> {
			for (FindingEntity entity : em.createQuery("select f from FindingEntity f where f.staffNo = :no"
					+ " order by f.foundDate, f.id", FindingEntity.class).setParameter("no", staffNo).getResultList()) {
				ReviewFinding f = entity.toFinding();
				if (period.contains(f.foundDate())) {
					entries.add(entry(staffNo, f.foundDate(), "cases.finding", Messages.archiveFinding,
							NLS.bind(Messages.archiveFindingTitle, f.type().label(), f.caseNo()), f.description()));
				}
				if (f.bulletinId() != null) {
					CaseBulletin b = em.find(BulletinEntity.class, f.bulletinId()).toBulletin();
					if (period.contains(b.issuedDate())) {
						entries.add(entry(staffNo, b.issuedDate(), "cases.bulletin", Messages.archiveBulletin,
								NLS.bind(Messages.archiveBulletinTitle, b.label(), f.caseNo()), b.title()));
					}
				}
			}
			for (TalkEntity entity : em.createQuery("select t from TalkEntity t where t.staffNo = :no and t.date"
					+ " between :from and :to order by t.date", TalkEntity.class).setParameter("no", staffNo)
					.setParameter("from", period.from()).setParameter("to", period.to()).getResultList()) {
				ReminderTalk t = entity.toTalk();
				entries.add(entry(staffNo, t.date(), "cases.talk", Messages.archiveTalk,
						NLS.bind(Messages.archiveTalkTitle, name(t.heldByNo())), t.content()));
			}
			for (FollowupEntity entity : em.createQuery("select u from FollowupEntity u where u.staffNo = :no and"
					+ " u.openedDate between :from and :to order by u.openedDate", FollowupEntity.class)
					.setParameter("no", staffNo).setParameter("from", period.from()).setParameter("to", period.to())
					.getResultList()) {
				RectificationFollowup u = entity.toFollowup();
				String state = u.isClosed() ? NLS.bind(Messages.archiveFollowupVerified, u.verifiedDate())
						: Messages.archiveFollowupOpen;
				entries.add(entry(staffNo, u.openedDate(), "cases.followup", Messages.archiveFollowup,
						NLS.bind(Messages.archiveFollowupTitle, state), u.measures()));
			}
			return null;
		});
		entries.sort(Comparator.comparing(ArchiveEntry::date));
		return entries;
	}

	private String name(String staffNo) {
		return unit.directory.staff(staffNo).map(Staff::name).orElse(staffNo);
	}

	private static ArchiveEntry entry(String staffNo, LocalDate date, String kind, String label, String title,
			String detail) {
		return new ArchiveEntry(staffNo, date, kind, label, title, detail == null ? "" : detail, SOURCE, false);
	}
}
