package ducha.core.jpa;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;

import org.eclipse.core.runtime.ILog;

import ducha.core.DuchaException;
import ducha.core.Language;
import ducha.core.internal.jpa.Messages;

/**
 * Runs work on an EntityManager of any bundle's persistence unit: reads, and writes in one transaction that commits
 * or rolls back whole. Persistence failures become a {@link DuchaException} that the UI and the CLI can show.
 */
public final class Jpa {

	/** Actions waiting for the commit of the transaction that {@link #write} runs on this thread, per EntityManager. */
	private static final ThreadLocal<Map<EntityManager, List<Runnable>>> AFTER_COMMIT = ThreadLocal
			.withInitial(IdentityHashMap::new);

	private Jpa() {
	}

	public static <T> T read(EntityManagerFactory emf, Function<EntityManager, T> work) {
		EntityManager em = emf.createEntityManager();
		try {
			return work.apply(em);
		} catch (PersistenceException e) {
			throw new DuchaException(Language.format(Messages.Jpa_readFailed, e.getMessage()), e);
		} finally {
			em.close();
		}
	}

	/**
	 * Runs {@code work} in one transaction; actions registered with {@link #afterCommit} run once it committed (not
	 * when it rolled back).
	 */
	public static <T> T write(EntityManagerFactory emf, Function<EntityManager, T> work) {
		EntityManager em = emf.createEntityManager();
		EntityTransaction tx = em.getTransaction();
		List<Runnable> afterCommit = new ArrayList<>();
		Map<EntityManager, List<Runnable>> pending = AFTER_COMMIT.get();
		pending.put(em, afterCommit);
		T result;
		try {
			tx.begin();
			result = work.apply(em);
			tx.commit();
		} catch (PersistenceException e) {
			throw new DuchaException(Language.format(Messages.Jpa_writeFailed, e.getMessage()), e);
		} finally {
			pending.remove(em);
			if (pending.isEmpty()) {
				AFTER_COMMIT.remove();
			}
			if (tx.isActive()) {
				tx.rollback();
			}
			em.close();
		}
		afterCommit.forEach(Jpa::runCommitted);
		return result;
	}

	/**
	 * Runs {@code action} after the transaction of {@code em} committed, e.g. to announce a change that other views
	 * must not see before it is stored. {@code em} must be the EntityManager that {@link #write} or {@link #run}
	 * handed to the caller's work on this thread.
	 *
	 * @throws IllegalStateException when {@code em} is not in such a transaction
	 */
	public static void afterCommit(EntityManager em, Runnable action) {
		Map<EntityManager, List<Runnable>> pending = AFTER_COMMIT.get();
		List<Runnable> actions = pending.get(em);
		if (actions == null) {
			if (pending.isEmpty()) {
				AFTER_COMMIT.remove();
			}
			throw new IllegalStateException("afterCommit needs the EntityManager of a running Jpa.write");
		}
		actions.add(action);
	}

	/** The change is stored: a failing follow-up is logged, never reported as a failed write. */
	private static void runCommitted(Runnable action) {
		try {
			action.run();
		} catch (RuntimeException e) {
			ILog.of(Jpa.class).error("Action after commit failed", e);
		}
	}

	public static void run(EntityManagerFactory emf, Consumer<EntityManager> work) {
		write(emf, em -> {
			work.accept(em);
			return null;
		});
	}
}
