package ducha.persistence;

/** Where the one database lives. */
public enum DatabaseMode {
	/** Derby inside this process, in the data folder: zero set-up, one desktop. */
	EMBEDDED,
	/** A Derby Network Server shared by several desktops. */
	DERBY_NETWORK,
	/** A PostgreSQL server shared by several desktops. */
	POSTGRESQL
}
