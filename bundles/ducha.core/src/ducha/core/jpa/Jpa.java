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
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.eclipse.core.runtime.ILog;

import ducha.core.ConcurrentChangeException;
import ducha.core.DuchaException;
import ducha.core.Language;
import ducha.core.internal.jpa.Messages;

/**
 * Runs work on an EntityManager of any bundle's persistence unit: reads, and writes in one transaction that commits
 * or rolls back whole. Persistence failures become a {@link DuchaException} that the UI and the CLI can show.
 */
public final class Jpa {

	/** The hooks of the transactions that {@link #write} runs on this thread, per EntityManager. */
	private static final ThreadLocal<Map<EntityManager, Hooks>> RUNNING = ThreadLocal.withInitial(IdentityHashMap::new);

	/** What runs just before a transaction commits (inside it) and what runs once it committed. */
	private static final class Hooks {
		final List<Runnable> beforeCommit = new ArrayList<>();
		final List<Runnable> afterCommit = new ArrayList<>();
	}

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
	 * Runs {@code work} in one transaction; actions registered with {@link #beforeCommit} run at its end, inside it,
	 * in the order registered; actions registered with {@link #afterCommit} run once it committed (not when it
	 * rolled back).
	 */
	public static <T> T write(EntityManagerFactory emf, Function<EntityManager, T> work) {
		EntityManager em = emf.createEntityManager();
		EntityTransaction tx = em.getTransaction();
		Hooks hooks = new Hooks();
		Map<EntityManager, Hooks> running = RUNNING.get();
		running.put(em, hooks);
		T result;
		try {
			tx.begin();
			result = work.apply(em);
			// an action may register another (an audit entry written by a hook): run until none is left
			for (int i = 0; i < hooks.beforeCommit.size(); i++) {
				hooks.beforeCommit.get(i).run();
			}
			tx.commit();
		} catch (PersistenceException e) {
			if (isConcurrentChange(e)) {
				throw new ConcurrentChangeException(Language.format(Messages.Jpa_concurrentChange), e);
			}
			throw new DuchaException(Language.format(Messages.Jpa_writeFailed, e.getMessage()), e);
		} finally {
			running.remove(em);
			if (running.isEmpty()) {
				RUNNING.remove();
			}
			if (tx.isActive()) {
				tx.rollback();
			}
			em.close();
		}
		hooks.afterCommit.forEach(Jpa::runCommitted);
		return result;
	}

	/**
	 * Whether the write failed because a versioned entity it changed was changed and committed by another
	 * transaction meanwhile (JPA's optimistic lock, at flush or wrapped in the commit's rollback).
	 */
	static boolean isConcurrentChange(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof OptimisticLockException
					|| "org.eclipse.persistence.exceptions.OptimisticLockException".equals(t.getClass().getName())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Runs {@code action} after the transaction of {@code em} committed, e.g. to announce a change that other views
	 * must not see before it is stored. {@code em} must be the EntityManager that {@link #write} or {@link #run}
	 * handed to the caller's work on this thread.
	 *
	 * @throws IllegalStateException when {@code em} is not in such a transaction
	 */
	public static void afterCommit(EntityManager em, Runnable action) {
		hooks(em).afterCommit.add(action);
	}

	/**
	 * Runs {@code action} at the end of the transaction of {@code em}, inside it, after the caller's work: e.g. to
	 * append the transaction's audit entries to the audit chain as its last step, so that the chain's lock is held
	 * for the shortest time and always taken last. An exception from it rolls the transaction back.
	 *
	 * @throws IllegalStateException when {@code em} is not in a transaction of {@link #write} on this thread
	 */
	public static void beforeCommit(EntityManager em, Runnable action) {
		hooks(em).beforeCommit.add(action);
	}

	private static Hooks hooks(EntityManager em) {
		Map<EntityManager, Hooks> running = RUNNING.get();
		Hooks hooks = running.get(em);
		if (hooks == null) {
			if (running.isEmpty()) {
				RUNNING.remove();
			}
			throw new IllegalStateException("the EntityManager is not one of a running Jpa.write");
		}
		return hooks;
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
