package ducha.persistence.internal;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import ducha.core.DataFolder;
import ducha.core.DuchaException;
import ducha.persistence.DatabaseConfig;
import ducha.persistence.DatabaseFailure;
import ducha.persistence.DatabaseService;
import ducha.persistence.SettingsFile;

/**
 * Starts the persistence layer. Not lazy: the extender must watch bundles from the start. A broken configuration
 * still registers the {@link DatabaseService}, which then reports the reason.
 */
public final class Activator implements BundleActivator {

	private static final ILog LOG = ILog.of(Activator.class);

	private PersistenceRuntime runtime;

	@Override
	public void start(BundleContext context) {
		Path dataFolder = DataFolder.get();
		try {
			DataFolder.create(); // Derby cannot write derby.log into a folder that does not exist
		} catch (IOException e) {
			LOG.error("Cannot create the data folder " + dataFolder, e);
		}
		SettingsFile.passwordWarning().ifPresent(LOG::warn);
		if (System.getProperty("derby.stream.error.file") == null) {
			System.setProperty("derby.stream.error.file", dataFolder.resolve("derby.log").toString());
		}
		DatabaseConfig config;
		PoolSettings pool;
		DataSource dataSource;
		try {
			config = ConfigReader.read(DataFolder.configFile(), dataFolder);
			pool = ConfigReader.pool(DataFolder.configFile(), config);
			dataSource = DataSources.create(config, context);
		} catch (DuchaException e) {
			LOG.error(e.getMessage(), e);
			context.registerService(DatabaseService.class, new DefaultDatabaseService(null,
					DatabaseFailure.of(DatabaseFailure.Kind.CONFIGURATION, e.getMessage(), e)), null);
			return;
		}
		runtime = new PersistenceRuntime(context, config, dataSource, pool);
		context.registerService(DataSource.class, dataSource, null);
		context.registerService(DatabaseService.class, new DefaultDatabaseService(runtime, null), null);
		runtime.open();
	}

	@Override
	public void stop(BundleContext context) {
		if (runtime != null) {
			runtime.close();
			if (runtime.config().mode() == ducha.persistence.DatabaseMode.EMBEDDED) {
				try {
					DataSources.shutdownEmbedded(runtime.config());
				} catch (DuchaException e) {
					LOG.warn(e.getMessage());
				}
			}
		}
	}
}
