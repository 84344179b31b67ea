package ducha.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A unit registered for {@code ducha-cli} (lazy units): nothing is deployed until a service asks, every bundle then
 * gets the same factory, and a closed unit gives none.
 */
class LazyUnitTest {

	@Test
	void theFactoryIsMadeAtTheFirstRequestAndSharedByEveryBundle() throws Exception {
		LazyUnit unit = coreUnit();
		Bundle core = TestBundles.installed("ducha.core");
		Bundle tests = FrameworkUtil.getBundle(LazyUnitTest.class);

		EntityManagerFactory first = unit.getService(core, null);
		assertTrue(first.isOpen());
		first.createEntityManager().close();
		assertSame(first, unit.getService(tests, null), "one factory for every bundle");

		unit.ungetService(core, null, first);
		assertTrue(first.isOpen(), "a bundle letting go does not close the shared factory");
		unit.close();
		assertFalse(first.isOpen());
		assertThrows(IllegalStateException.class, unit::factory, "a closed unit makes no new factory");
	}

	@Test
	void aUnitEclipseLinkDoesNotKnowFailsAtItsFirstUseNotBefore() throws Exception {
		LazyUnit unit = new LazyUnit("no.such.unit", extender().properties(TestBundles.loader("ducha.core")));
		// registering it cost nothing and reported nothing: the failure belongs to the first user
		assertThrows(RuntimeException.class, unit::factory);
		assertThrows(RuntimeException.class, unit::factory, "a failed deployment is tried again, not remembered");
		unit.close();
	}

	private static LazyUnit coreUnit() throws Exception {
		return new LazyUnit("ducha.core", extender().properties(TestBundles.loader("ducha.core")));
	}

	private static JpaExtender extender() throws Exception {
		DataSource dataSource = TestDatabases.service(DataSource.class, null);
		return new JpaExtender(dataSource, "Derby", failure -> {
		}, PoolSettings.NONE);
	}
}
