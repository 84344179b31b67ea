package ducha.core.internal.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import javax.crypto.SecretKey;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import ducha.core.DataFolder;
import ducha.core.DuchaException;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.attachments.AttachmentAccess;
import ducha.core.attachments.AttachmentPolicy;
import ducha.core.attachments.AttachmentService;
import ducha.core.attachments.StoredAttachment;
import ducha.core.audit.SealedReasons;
import ducha.core.internal.audit.AuditWriter;
import ducha.core.jpa.Jpa;
import ducha.core.security.Envelopes;
import ducha.core.security.KeyUnavailableException;
import ducha.core.security.Principal;
import ducha.core.security.Sealer;

/**
 * Attachments in the platform's tables: the row through JPA, the bytes through {@link ContentTable}; each change
 * and its audit entry in one transaction. A read is audited in a transaction of its own before any byte is handed
 * out, so that no read goes unrecorded. A confidential record with a data key of its own
 * ({@link AttachmentPolicy#dataKey}) has its files sealed with that key, bound to {@code owner:record:attachment:id};
 * files stored before (or adopted) are sealed with the attachments key file and still open while it is there.
 */
@Component
public class DefaultAttachmentService implements AttachmentService {

	/** The sealing key's purpose: {@code keys/attachments.key}. */
	static final String PURPOSE = "attachments";
	static final String MAX_MB_KEY = "attachments.max-mb";
	private static final int MAX_NAME = 255;

	@Reference(target = "(osgi.unit.name=ducha.core)")
	private EntityManagerFactory emf;

	@Reference
	private AuditWriter audit;

	@Reference
	private Sealer sealer;

	@Reference
	private Envelopes envelopes;

	private final Map<String, AttachmentPolicy> policies = new ConcurrentHashMap<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addPolicy(AttachmentPolicy policy) {
		policies.put(policy.owner(), policy);
	}

	void removePolicy(AttachmentPolicy policy) {
		policies.remove(policy.owner(), policy);
	}

	@Override
	public StoredAttachment store(String owner, String recordKey, String fileName, InputStream content,
			Principal actor) {
		AttachmentPolicy policy = policy(owner);
		policy.check(recordKey, AttachmentAccess.ADD, actor);
		String name = plainName(fileName);
		boolean sealed = policy.confidential(recordKey);
		Optional<SecretKey> dataKey = sealed ? policy.dataKey(recordKey, actor) : Optional.empty();
		if (dataKey.isPresent()) {
			return storeEnveloped(owner, recordKey, name, content, dataKey.get(), actor);
		}
		return spooled(content, name, header -> ContentTypes.check(name, header), maxBytes(), sealed,
				spool -> Jpa.write(emf, em -> {
					StoredAttachment stored = insert(em, new AttachmentEntity(owner, recordKey, name, spool, sealed,
							actor.username(), Instant.now()), spool);
					audit.write(em, actor, "attachment.store", owner, recordKey, stored(stored));
					return stored;
				}));
	}

	/** The row first, so that its id goes into the associated data; spooled and stored in the same transaction. */
	private StoredAttachment storeEnveloped(String owner, String recordKey, String name, InputStream content,
			SecretKey dataKey, Principal actor) {
		return Jpa.write(emf, em -> {
			AttachmentEntity row = new AttachmentEntity(owner, recordKey, name, actor.username(), Instant.now());
			em.persist(row);
			em.flush();
			String context = context(owner, recordKey, row.id());
			try (Spool spool = Spool.of(content, name, header -> ContentTypes.check(name, header), maxBytes(),
					out -> envelopes.sealing(dataKey, context, out))) {
				row.fill(spool);
				writeContent(em, row, spool);
			} catch (IOException | UncheckedIOException e) {
				throw new DuchaException(NLS.bind(Messages.storeFailed, name, e.getMessage()), e);
			}
			StoredAttachment stored = row.toRecord();
			audit.write(em, actor, "attachment.store", owner, recordKey, stored(stored));
			return stored;
		});
	}

	/** What a file sealed with its record's data key is bound to. */
	static String context(String owner, String recordKey, long id) {
		return owner + ':' + recordKey + ":attachment:" + id;
	}

	@Override
	public StoredAttachment adopt(String owner, String recordKey, String fileName, InputStream content,
			String addedBy, Instant addedAt) {
		boolean sealed = policy(owner).confidential(recordKey);
		String name = plainName(fileName);
		return spooled(content, name, header -> ContentTypes.byName(name), Long.MAX_VALUE, sealed,
				spool -> Jpa.write(emf, em -> {
					List<AttachmentEntity> same = em.createQuery(
							"select a from AttachmentEntity a where a.owner = :owner and a.recordKey = :key"
									+ " and a.fileName = :name and a.sha256 = :sha",
							AttachmentEntity.class).setParameter("owner", owner).setParameter("key", recordKey)
							.setParameter("name", name).setParameter("sha", spool.sha256()).getResultList();
					if (!same.isEmpty()) {
						return same.get(0).toRecord();
					}
					StoredAttachment stored = insert(em,
							new AttachmentEntity(owner, recordKey, name, spool, sealed, addedBy, addedAt), spool);
					audit.write(em, addedBy, "attachment.adopt", owner, recordKey,
							NLS.bind(Messages.auditAdopted, shown(stored), stored.id()));
					return stored;
				}));
	}

	@Override
	public List<StoredAttachment> list(String owner, String recordKey, Principal viewer) {
		policy(owner).check(recordKey, AttachmentAccess.LIST, viewer);
		return Jpa.read(emf, em -> em.createQuery(
				"select a from AttachmentEntity a where a.owner = :owner and a.recordKey = :key order by a.id",
				AttachmentEntity.class).setParameter("owner", owner).setParameter("key", recordKey).getResultList()
				.stream().map(AttachmentEntity::toRecord).toList());
	}

	@Override
	public StoredAttachment open(String owner, String recordKey, long id, String reason, OutputStream out,
			Principal actor) {
		AttachmentPolicy policy = policy(owner);
		policy.check(recordKey, AttachmentAccess.OPEN, actor);
		AttachmentEntity row = Jpa.read(emf, em -> find(em, owner, recordKey, id));
		// a key the actor cannot unwrap refuses the read before it is recorded as done
		SecretKey dataKey = row.envelope() ? policy.dataKey(recordKey, actor)
				.orElseThrow(() -> new KeyUnavailableException(NLS.bind(Messages.noDataKey, recordKey))) : null;
		StoredAttachment attachment = row.toRecord();
		Jpa.run(emf, em -> audit.write(em, actor, "attachment.open", owner, recordKey,
				NLS.bind(Messages.auditOpened, new Object[] { shown(attachment), id, why(attachment, reason, dataKey) })));
		Jpa.run(emf, em -> {
			try {
				ContentTable.read(em, id, stored -> {
					try (InputStream plain = plain(attachment, dataKey, stored)) {
						plain.transferTo(out);
					}
				});
			} catch (IOException e) {
				throw new DuchaException(NLS.bind(Messages.readFailed, attachment.fileName(), e.getMessage()), e);
			}
		});
		return attachment;
	}

	private InputStream plain(StoredAttachment attachment, SecretKey dataKey, InputStream stored) {
		if (!attachment.sealed()) {
			return stored;
		}
		return dataKey == null ? sealer.opening(PURPOSE, stored)
				: envelopes.opening(dataKey, context(attachment.owner(), attachment.recordKey(), attachment.id()),
						stored);
	}

	@Override
	public int rekey(String owner, String recordKey, Principal actor) {
		AttachmentPolicy policy = policy(owner);
		if (Jpa.read(emf, em -> keyFileSealed(em, owner, recordKey)).isEmpty()) {
			// nothing to move: neither the right nor the key is asked for
			return 0;
		}
		policy.check(recordKey, AttachmentAccess.OPEN, actor);
		Optional<SecretKey> dataKey = policy.dataKey(recordKey, actor);
		if (dataKey.isEmpty()) {
			return 0;
		}
		return Jpa.write(emf, em -> {
			List<AttachmentEntity> old = keyFileSealed(em, owner, recordKey);
			for (AttachmentEntity row : old) {
				reseal(em, row, dataKey.get());
				audit.write(em, actor, "attachment.rekey", owner, recordKey,
						NLS.bind(Messages.auditRekeyed, shown(row.toRecord()), row.id()));
			}
			return old.size();
		});
	}

	private static List<AttachmentEntity> keyFileSealed(EntityManager em, String owner, String recordKey) {
		return em.createQuery("select a from AttachmentEntity a where a.owner = :owner and a.recordKey = :key"
				+ " and a.sealed = true and a.envelope = false order by a.id", AttachmentEntity.class)
				.setParameter("owner", owner).setParameter("key", recordKey).getResultList();
	}

	/** Opens the file with the key file and seals it with the data key, through a temporary file (sealed only). */
	private void reseal(EntityManager em, AttachmentEntity row, SecretKey dataKey) {
		StoredAttachment file = row.toRecord();
		try {
			Path temp = Files.createTempFile("ducha-rekey", ".part");
			try {
				ContentTable.read(em, row.id(), stored -> {
					try (InputStream plain = sealer.opening(PURPOSE, stored);
							OutputStream out = envelopes.sealing(dataKey, context(file.owner(), file.recordKey(),
									file.id()), Files.newOutputStream(temp))) {
						plain.transferTo(out);
					}
				});
				ContentTable.delete(em, row.id());
				try (InputStream sealed = Files.newInputStream(temp)) {
					ContentTable.insert(em, row.id(), sealed, Files.size(temp));
				}
				row.enveloped();
			} finally {
				Files.deleteIfExists(temp);
			}
		} catch (IOException e) {
			throw new DuchaException(NLS.bind(Messages.readFailed, file.fileName(), e.getMessage()), e);
		}
	}

	@Override
	public void delete(String owner, String recordKey, long id, Principal actor) {
		policy(owner).check(recordKey, AttachmentAccess.DELETE, actor);
		Jpa.run(emf, em -> {
			AttachmentEntity found = find(em, owner, recordKey, id);
			String name = shown(found.toRecord());
			ContentTable.delete(em, id);
			em.remove(found);
			audit.write(em, actor, "attachment.delete", owner, recordKey, NLS.bind(Messages.auditDeleted, name, id));
		});
	}

	/**
	 * The file's name as the audit log shows it: a sealed file's name stays out ("举报人张某来信.pdf" names its writer),
	 * the entry says which attachment by its number.
	 */
	private static String shown(StoredAttachment attachment) {
		return attachment.sealed() ? Messages.auditSealedName : attachment.fileName();
	}

	private static String stored(StoredAttachment stored) {
		return NLS.bind(Messages.auditStored, new Object[] { shown(stored), stored.id(), stored.size() });
	}

	/** The reason given for opening, sealed for a sealed file (see {@link SealedReasons}). */
	private String why(StoredAttachment attachment, String reason, SecretKey dataKey) {
		String why = reason == null || reason.isBlank() ? "" : reason.strip();
		if (why.isEmpty() || !attachment.sealed()) {
			return why;
		}
		String context = AttachmentService.reasonContext(attachment.owner(), attachment.recordKey());
		String token = dataKey == null ? SealedReasons.seal(sealer, context, why)
				: SealedReasons.seal(envelopes, dataKey, context, why);
		return Messages.auditReasonSealed + ' ' + token;
	}

	private StoredAttachment insert(EntityManager em, AttachmentEntity row, Spool spool) {
		em.persist(row);
		em.flush();
		writeContent(em, row, spool);
		return row.toRecord();
	}

	private static void writeContent(EntityManager em, AttachmentEntity row, Spool spool) {
		try (InputStream stored = spool.stored()) {
			ContentTable.insert(em, row.id(), stored, spool.storedLength());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Spools the content, hands the spool to {@code storing} and removes it again. */
	private StoredAttachment spooled(InputStream content, String name, Function<byte[], String> typeOf,
			long maxBytes, boolean sealed, Function<Spool, StoredAttachment> storing) {
		UnaryOperator<OutputStream> sealing = sealed ? out -> sealer.sealing(PURPOSE, out) : out -> out;
		try (Spool spool = Spool.of(content, name, typeOf, maxBytes, sealing)) {
			return storing.apply(spool);
		} catch (IOException | UncheckedIOException e) {
			throw new DuchaException(NLS.bind(Messages.storeFailed, name, e.getMessage()), e);
		}
	}

	private static AttachmentEntity find(EntityManager em, String owner, String recordKey, long id) {
		AttachmentEntity found = em.find(AttachmentEntity.class, id);
		if (found == null || !found.belongsTo(owner, recordKey)) {
			throw new NotFoundException(NLS.bind(Messages.notFound, recordKey, id));
		}
		return found;
	}

	private AttachmentPolicy policy(String owner) {
		AttachmentPolicy policy = policies.get(owner);
		if (policy == null) {
			throw new DuchaException(NLS.bind(Messages.noPolicy, owner));
		}
		return policy;
	}

	/** The name without folders (a browser or a file dialog may hand over a whole path). */
	private static String plainName(String fileName) {
		String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'),
				fileName.lastIndexOf('\\')) + 1).strip();
		if (name.isEmpty()) {
			throw new ValidationException(Messages.nameMissing);
		}
		if (name.length() > MAX_NAME) {
			throw new ValidationException(NLS.bind(Messages.nameTooLong, MAX_NAME));
		}
		return name;
	}

	/** The limit from {@code ducha.properties}, read at every store so that a change needs no restart. */
	static long maxBytes() {
		String configured = DataFolder.readSettings(DataFolder.configFile()).getProperty(MAX_MB_KEY);
		if (configured == null || configured.isBlank()) {
			return DEFAULT_MAX_MB * 1024L * 1024;
		}
		try {
			int mb = Integer.parseInt(configured.strip());
			if (mb > 0) {
				return mb * 1024L * 1024;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new ValidationException(NLS.bind(Messages.badLimit, MAX_MB_KEY, configured));
	}
}
