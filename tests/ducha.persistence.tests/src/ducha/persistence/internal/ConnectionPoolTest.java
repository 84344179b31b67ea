package ducha.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.DataFolder;
import ducha.core.DuchaException;
import ducha.persistence.DatabaseConfig;
import ducha.persistence.DatabaseMode;
import ducha.persistence.DatabaseService;

/** The server modes' connection pool: sizes from ducha.properties reach every unit's EclipseLink session. */
class ConnectionPoolTest {

	@TempDir
	Path folder;

	@Test
	void theSizesInDuchaPropertiesReachTheUnitsPoolAndAnIdleConnectionIsKept() throws Exception {
		Path file = write("db.mode=postgresql\ndb.host=db.court.local\ndb.name=ducha\ndb.pool.min=2\ndb.pool.max=7\n");
		PoolSettings pool = ConfigReader.pool(file, ConfigReader.read(file, folder));
		assertEquals(new PoolSettings(2, 7), pool);

		// the pool works over any DataSource: a scratch Derby database stands in for the server here
		JpaExtender extender = new JpaExtender(TestDatabases.scratch("pool"), "Derby", failure -> {
		}, pool);
		LazyUnit unit = new LazyUnit("ducha.core", extender.properties(TestBundles.loader("ducha.core")));
		try {
			ServerSession session = (ServerSession) JpaHelper.getServerSession(unit.factory());
			assertFalse(session.getLogin().shouldUseExternalConnectionPooling(), "EclipseLink pools itself");
			assertEquals(7, session.getDefaultConnectionPool().getMaxNumberOfConnections());
			assertEquals(2, session.getDefaultConnectionPool().getMinNumberOfConnections());
			assertSame(session.getDefaultConnectionPool(), session.getReadConnectionPool(), "reads share the pool");

			EntityManager em = unit.factory().createEntityManager();
			try {
				em.createNativeQuery("VALUES (1)").getSingleResult();
			} finally {
				em.close();
			}
			assertEquals(1, session.getDefaultConnectionPool().getConnectionsAvailable().size(),
					"the connection is kept for the next query, not closed");
		} finally {
			unit.close();
		}
	}

	@Test
	void theDefaultsSuitACourtOfDozensOfDesktops() throws IOException {
		Path file = write("db.mode=derby-network\ndb.host=server\ndb.name=ducha\n");
		assertEquals(new PoolSettings(PoolSettings.DEFAULT_MIN, PoolSettings.DEFAULT_MAX),
				ConfigReader.pool(file, ConfigReader.read(file, folder)));
	}

	@Test
	void theEmbeddedDatabaseHasNoPool() throws IOException {
		Path file = write("db.mode=embedded\ndb.pool.max=7\n");
		PoolSettings pool = ConfigReader.pool(file, ConfigReader.read(file, folder));
		assertFalse(pool.pooled());
		java.util.Map<String, Object> properties = new java.util.HashMap<>();
		pool.addTo(properties);
		assertTrue(properties.isEmpty(), properties.toString());
	}

	@Test
	void aBadSizeNamesTheFileAndTheKey() throws IOException {
		Path bad = write("db.mode=postgresql\ndb.host=h\ndb.name=d\ndb.pool.max=many\n");
		DuchaException e = assertThrows(DuchaException.class,
				() -> ConfigReader.pool(bad, ConfigReader.read(bad, folder)));
		assertTrue(e.getMessage().startsWith(bad + ": db.pool.max:") && e.getMessage().contains("many"),
				e.getMessage());
		Path inverted = write("db.mode=postgresql\ndb.host=h\ndb.name=d\ndb.pool.min=9\ndb.pool.max=3\n");
		e = assertThrows(DuchaException.class, () -> ConfigReader.pool(inverted, ConfigReader.read(inverted, folder)));
		assertTrue(e.getMessage().contains("db.pool.min") && e.getMessage().contains("9"), e.getMessage());
	}

	/**
	 * The units of the running framework: pooled by EclipseLink with the sizes of the data folder's
	 * ducha.properties in the server modes (the PostgreSQL and Derby network runs of this module), the DataSource as
	 * it is for embedded Derby.
	 */
	@Test
	void theRunningUnitsFollowTheDataFoldersSettings() throws Exception {
		DatabaseConfig config = TestDatabases.service(DatabaseService.class, null).config();
		EntityManagerFactory core = TestDatabases.service(EntityManagerFactory.class, "(osgi.unit.name=ducha.core)");
		ServerSession session = (ServerSession) JpaHelper.getServerSession(core);
		if (config.mode() == DatabaseMode.EMBEDDED) {
			assertTrue(session.getLogin().shouldUseExternalConnectionPooling());
			return;
		}
		PoolSettings configured = ConfigReader.pool(DataFolder.configFile(), config);
		assertFalse(session.getLogin().shouldUseExternalConnectionPooling());
		assertEquals(configured.max(), session.getDefaultConnectionPool().getMaxNumberOfConnections());
		assertEquals(configured.min(), session.getDefaultConnectionPool().getMinNumberOfConnections());
	}

	private Path write(String text) throws IOException {
		Path file = folder.resolve("ducha.properties");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}
}
