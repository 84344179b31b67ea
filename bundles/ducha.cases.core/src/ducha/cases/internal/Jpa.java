package ducha.cases.internal;

import java.util.function.Function;

import ducha.core.DuchaException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;

/** Runs work on an EntityManager of the ducha.cases unit; writes commit or roll back whole. */
final class Jpa {

	private Jpa() {
	}

	static <T> T read(EntityManagerFactory emf, Function<EntityManager, T> work) {
		EntityManager em = emf.createEntityManager();
		try {
			return work.apply(em);
		} catch (PersistenceException e) {
			throw new DuchaException("数据库读取失败: " + e.getMessage(), e);
		} finally {
			em.close();
		}
	}

	static <T> T write(EntityManagerFactory emf, Function<EntityManager, T> work) {
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
}
