package ducha.petitions.internal;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;

import ducha.core.NotFoundException;
import ducha.core.jpa.Counters;
import ducha.petitions.internal.jpa.PetitionEntity;

/** Queries on {@code petition} shared by the plugin's services. */
final class Petitions {

	static final String PREFIX = "XF";
	/** The platform counter ({@code number_counter}) of petition numbers. */
	static final String COUNTER = "petitions.petition";

	private Petitions() {
	}

	/** The petition, or NotFoundException worded the same whether it is missing or hidden from the caller. */
	static PetitionEntity find(EntityManager em, String number) {
		List<PetitionEntity> found = em
				.createQuery("select p from PetitionEntity p where p.number = :no", PetitionEntity.class)
				.setParameter("no", number == null ? "" : number.strip()).getResultList();
		if (found.isEmpty()) {
			throw notFound(number);
		}
		return found.get(0);
	}

	static NotFoundException notFound(String number) {
		return new NotFoundException(NLS.bind(Messages.petitionNotFound, number));
	}

	/**
	 * XF2024-003: the year's next number, from the platform's counter in the registering transaction, so that
	 * desktops registering at the same moment get one number each and a failed registration gives its number back.
	 */
	static String nextNumber(EntityManager em, int year) {
		int number = Counters.next(em, COUNTER, year, () -> highestStored(em, year));
		return String.format("%s%d-%03d", PREFIX, year, number);
	}

	/** The highest running number of the year among the stored petitions (those from before the counter). */
	static int highestStored(EntityManager em, int year) {
		String prefix = PREFIX + year + "-";
		List<String> numbers = em
				.createQuery("select p.number from PetitionEntity p where p.number like :prefix", String.class)
				.setParameter("prefix", prefix + "%").getResultList();
		int max = 0;
		for (String n : numbers) {
			try {
				max = Math.max(max, Integer.parseInt(n.substring(prefix.length())));
			} catch (NumberFormatException e) {
				// a number written by hand in another pattern does not take part in the sequence
			}
		}
		return max;
	}

	static List<PetitionEntity> all(EntityManager em) {
		return em.createQuery("select p from PetitionEntity p order by p.receivedOn desc, p.number desc",
				PetitionEntity.class).getResultList();
	}
}
