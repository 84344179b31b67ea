package ducha.integrity.internal.jpa;

import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;

import ducha.core.DuchaException;

/** Runs work on an EntityManager of the {@code ducha.integrity} unit: writes commit or roll back whole. */
public final class Jpa {

	/** The persistence unit's name, as in persistence.xml and the EntityManagerFactory service property. */
	public static final String UNIT = "ducha.integrity";
	/** DS target filter of the unit's EntityManagerFactory. */
	public static final String TARGET = "(osgi.unit.name=ducha.integrity)";

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
}
