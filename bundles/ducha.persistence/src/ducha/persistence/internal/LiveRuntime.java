package ducha.persistence.internal;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** The running embedded database as a restore releases it before its switch and opens it again after. */
final class LiveRuntime implements EmbeddedRestore.LiveDatabase {

	private final PersistenceRuntime runtime;

	LiveRuntime(PersistenceRuntime runtime) {
		this.runtime = runtime;
	}

	@Override
	public void release() {
		runtime.closeUnits();
		// while the folders are renamed, a connection from anywhere must fail, never create an empty database
		creating(false);
		DataSources.shutdownEmbedded(runtime.config());
	}

	@Override
	public void reopen() {
		creating(true);
		runtime.reopen();
	}

	private void creating(boolean create) {
		if (runtime.dataSource() instanceof EmbeddedDataSource embedded) {
			embedded.setCreateDatabase(create ? "create" : null);
		}
	}
}
