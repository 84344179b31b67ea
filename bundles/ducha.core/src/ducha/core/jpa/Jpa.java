package ducha.core.jpa;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;

import ducha.core.DuchaException;

/**
 * Runs work on an EntityManager of any bundle's persistence unit: reads, and writes in one transaction that commits
 * or rolls back whole. Persistence failures become a {@link DuchaException} that the UI and the CLI can show.
 */
public final class Jpa {

	private Jpa() {
	}

	public static <T> T read(EntityManagerFactory emf, Function<EntityManager, T> work) {
		EntityManager em = emf.createEntityManager();
		try {
			return work.apply(em);
		} catch (PersistenceException e) {
			throw new DuchaException("数据库读取失败: " + e.getMessage(), e);
		} finally {
			em.close();
		}
	}

	public static <T> T write(EntityManagerFactory emf, Function<EntityManager, T> work) {
		EntityManager em = emf.createEntityManager();
		EntityTransaction tx = em.getTransaction();
		try {
			tx.begin();
			T result = work.apply(em);
			tx.commit();
			return result;
		} catch (PersistenceException e) {
			throw new DuchaException("数据库写入失败，未保存任何更改: " + e.getMessage(), e);
		} finally {
			if (tx.isActive()) {
				tx.rollback();
			}
			em.close();
		}
	}

	public static void run(EntityManagerFactory emf, Consumer<EntityManager> work) {
		write(emf, em -> {
			work.accept(em);
			return null;
		});
	}
}
