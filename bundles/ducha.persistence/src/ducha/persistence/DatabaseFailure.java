package ducha.persistence;

import java.time.Instant;
import java.util.Objects;

import ducha.persistence.internal.Messages;

/**
 * Why the database cannot be used, as {@link DatabaseService#failure()} reports it the moment it is known: the
 * workbench and the command line show it instead of waiting for services that will never appear.
 *
 * @param kind    what failed, which decides what to do about it ({@link #advice()})
 * @param message the cause in the user's language, naming the connection or the bundle
 * @param cause   the exception behind it, for the log; null when there is none
 * @param at      when it was found
 */
public record DatabaseFailure(Kind kind, String message, Throwable cause, Instant at) {

	/** What failed. */
	public enum Kind {
		/** {@code ducha.properties} cannot be read or holds a wrong value. */
		CONFIGURATION,
		/** The embedded database is open in another process. */
		IN_USE,
		/** The database server does not answer. */
		UNREACHABLE,
		/** The server refused the user name or password. */
		LOGIN,
		/** The encrypted connection failed: a certificate not trusted, or SSL wanted by one side only. */
		SSL,
		/** The database cannot be opened for another reason. */
		CANNOT_OPEN,
		/** A bundle's Flyway migration failed: its tables are in the state before it. */
		MIGRATION_FAILED,
		/** The database holds migrations of a bundle newer than the installed one. */
		SCHEMA_TOO_NEW,
		/**
		 * A bundle has migrations to apply, and this desktop's database role may not change the schema: on a
		 * PostgreSQL database with an owner role and a runtime role only {@code ducha-cli db migrate --owner} can.
		 */
		MIGRATION_NEEDS_OWNER;

		/** Whether the schema is at fault rather than the connection: the connection itself works. */
		public boolean isSchema() {
			return this == MIGRATION_FAILED || this == SCHEMA_TOO_NEW || this == MIGRATION_NEEDS_OWNER;
		}

		/**
		 * Whether {@code db migrate} is the remedy: the services of the log-in and of database administration are
		 * still handed out so that it can run.
		 */
		public boolean curedByMigrate() {
			return this == MIGRATION_FAILED || this == MIGRATION_NEEDS_OWNER;
		}
	}

	public DatabaseFailure {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(at, "at");
	}

	public static DatabaseFailure of(Kind kind, String message, Throwable cause) {
		return new DatabaseFailure(kind, message, cause, Instant.now());
	}

	/** What the court's IT should do about it, in the user's language. */
	public String advice() {
		return switch (kind) {
		case CONFIGURATION -> Messages.Advice_configuration;
		case IN_USE -> Messages.Advice_inUse;
		case UNREACHABLE -> Messages.Advice_unreachable;
		case LOGIN -> Messages.Advice_login;
		case SSL -> Messages.Advice_ssl;
		case CANNOT_OPEN -> Messages.Advice_cannotOpen;
		case MIGRATION_FAILED -> Messages.Advice_migration;
		case SCHEMA_TOO_NEW -> Messages.Advice_schemaTooNew;
		case MIGRATION_NEEDS_OWNER -> Messages.Advice_needsOwner;
		};
	}
}
