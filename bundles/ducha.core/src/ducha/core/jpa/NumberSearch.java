package ducha.core.jpa;

import java.util.List;
import java.util.function.Predicate;

import ducha.core.spi.RecordFinder;
import jakarta.persistence.EntityManagerFactory;

/**
 * The lookup a {@link RecordFinder} of numbered records (XF2024-003, DC2025-017, XX2024-001) runs: the entities whose
 * number contains the typed text, whatever its case, in the finder's order, that the viewer may see, at most so
 * many. Rows the viewer may not see are skipped as they stream by, so a hidden record never takes a visible one's
 * place in the limit.
 */
public final class NumberSearch {

	private NumberSearch() {
	}

	/**
	 * @param entity      the entity class (its JPA name is the simple class name)
	 * @param numberField the entity's field holding the number
	 * @param orderBy     JPQL order of the alias {@code e}, best first, e.g. {@code e.receivedOn desc, e.number desc}
	 * @param visible     whether the viewer may see the entity (read in the same transaction)
	 */
	public static <E> List<E> containing(EntityManagerFactory emf, Class<E> entity, String numberField, String orderBy,
			String text, Predicate<E> visible, int limit) {
		String pattern = RecordFinder.containsPattern(RecordFinder.normalise(text));
		return Jpa.read(emf, em -> em.createQuery("select e from " + entity.getSimpleName() + " e where upper(e."
				+ numberField + ") like :number escape '\\' order by " + orderBy, entity).setParameter("number", pattern)
				.getResultStream().filter(visible).limit(limit).toList());
	}
}
