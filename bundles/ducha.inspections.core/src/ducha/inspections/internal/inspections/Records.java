package ducha.inspections.internal.inspections;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;

import ducha.core.NotFoundException;
import ducha.core.jpa.Counters;
import ducha.inspections.internal.Messages;
import ducha.inspections.internal.jpa.BulletinEntity;
import ducha.inspections.internal.jpa.FindingEntity;
import ducha.inspections.internal.jpa.InspectionEntity;

/** Finding the stored inspections and findings by their numbers, and numbering new ones. */
public final class Records {

	private Records() {
	}

	public static InspectionEntity inspection(EntityManager em, String number) {
		return em.createQuery("select i from InspectionEntity i where i.inspectionNo = :no", InspectionEntity.class)
				.setParameter("no", number).getResultList().stream().findFirst().orElse(null);
	}

	/** @throws NotFoundException when none is stored under the number */
	public static InspectionEntity existingInspection(EntityManager em, String number) {
		InspectionEntity found = inspection(em, number);
		if (found == null) {
			throw new NotFoundException(NLS.bind(Messages.inspectionNotFound, number));
		}
		return found;
	}

	public static FindingEntity finding(EntityManager em, String number) {
		return em.createQuery("select f from FindingEntity f where f.findingNo = :no", FindingEntity.class)
				.setParameter("no", number).getResultList().stream().findFirst().orElse(null);
	}

	/** @throws NotFoundException when none is stored under the number */
	public static FindingEntity existingFinding(EntityManager em, String number) {
		FindingEntity found = finding(em, number);
		if (found == null) {
			throw new NotFoundException(NLS.bind(Messages.findingNotFound, number));
		}
		return found;
	}

	public static List<FindingEntity> findingsOf(EntityManager em, InspectionEntity inspection) {
		return em.createQuery("select f from FindingEntity f where f.inspection = :i order by f.id",
				FindingEntity.class).setParameter("i", inspection).getResultList();
	}

	/** The numbers of the findings the bulletin names, in the order they were added. */
	public static List<String> findingNosOf(EntityManager em, BulletinEntity bulletin) {
		return em.createQuery("select f.findingNo from FindingEntity f where f.bulletin = :b order by f.id",
				String.class).setParameter("b", bulletin).getResultList();
	}

	/**
	 * The next free {@code DC<year>-NNN}, from the platform's counter of the year ({@link Counters}) in the storing
	 * transaction: two desktops recording at the same moment get one each; numbers imported from a ledger are
	 * stepped over.
	 */
	static String nextInspectionNo(EntityManager em, int year) {
		String prefix = "DC" + year + "-";
		int n = Counters.nextFree(em, "inspections.inspection", year, () -> nextSuffix(em.createQuery(
				"select i.inspectionNo from InspectionEntity i where i.inspectionNo like :p", String.class)
				.setParameter("p", prefix + "%").getResultList(), prefix) - 1,
				number -> inspection(em, prefix + String.format("%03d", number)) != null);
		return prefix + String.format("%03d", n);
	}

	/** The next free {@code <inspectionNo>-<n>}. */
	static String nextFindingNo(EntityManager em, String inspectionNo) {
		String prefix = inspectionNo + "-";
		return prefix + nextSuffix(em.createQuery(
				"select f.findingNo from FindingEntity f where f.findingNo like :p", String.class)
				.setParameter("p", prefix + "%").getResultList(), prefix);
	}

	private static int nextSuffix(List<String> numbers, String prefix) {
		int max = 0;
		for (String n : numbers) {
			try {
				max = Math.max(max, Integer.parseInt(n.substring(prefix.length())));
			} catch (NumberFormatException e) {
				// an imported number of another shape does not take a place in the sequence
			}
		}
		return max + 1;
	}
}
