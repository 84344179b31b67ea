package ducha.cases.internal;

import org.eclipse.osgi.util.NLS;
import ducha.core.jpa.Jpa;
import ducha.core.jpa.Versions;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CaseFamily;
import ducha.cases.CasePage;
import ducha.cases.CasePermissions;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.CaseStatus;
import ducha.cases.CaseType;
import ducha.cases.PageKey;
import ducha.cases.WatchListEntry;
import ducha.cases.WatchListService;
import ducha.cases.WatchRule;
import ducha.cases.WatchRules;
import ducha.core.Labelled;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.security.Principal;
import jakarta.persistence.EntityManager;

/**
 * The long-pending list. The rule table decides, per case type and procedure present among the open cases, the
 * filing day before which a case is flagged ({@link WatchRules}); the database then selects with one condition
 * per such pair, using the watch index, and pages by (filing date, 案号) oldest first.
 */
@Component
public class DefaultWatchListService implements WatchListService {

	private static final List<CaseStatus> OPEN = List.of(CaseStatus.PENDING, CaseStatus.SUSPENDED);

	@Reference
	private CasesUnit unit;

	@Override
	public List<WatchRule> rules() {
		List<WatchRule> stored = Jpa.read(unit.emf, em -> em
				.createQuery("select r from WatchRuleEntity r", WatchRuleEntity.class).getResultList().stream()
				.map(WatchRuleEntity::toRule).toList());
		return new WatchRules(stored).rules();
	}

	@Override
	public WatchRule saveRule(WatchRule typed, Principal actor) {
		unit.authorization.check(actor, CasePermissions.RULES);
		WatchRule rule = withKnownType(typed);
		WatchRule saved = Jpa.write(unit.emf, em -> {
			for (WatchRuleEntity other : em.createQuery("select r from WatchRuleEntity r", WatchRuleEntity.class)
					.getResultList()) {
				WatchRule o = other.toRule();
				if (o.id() != rule.id() && Objects.equals(o.caseType(), rule.caseType())
						&& Objects.equals(o.procedure(), rule.procedure())) {
					throw new ValidationException(NLS.bind(Messages.duplicateRule, o.label()));
				}
			}
			WatchRuleEntity entity;
			if (rule.id() == 0) {
				entity = new WatchRuleEntity(rule);
				em.persist(entity);
			} else {
				entity = em.find(WatchRuleEntity.class, rule.id());
				if (entity == null) {
					throw new NotFoundException(NLS.bind(Messages.noRule, rule.id()));
				}
				expect(entity, rule.version());
				entity.update(rule);
			}
			em.flush();
			WatchRule done = entity.toRule();
			unit.audit.recordIn(em, actor, "cases.rule.save", "watch_rule", String.valueOf(done.id()), done.label() + "："
					+ done.flagAfterDays() + " 天");
			return done;
		});
		return saved;
	}

	/**
	 * The rule with its type checked: a code of the case-type table, or a family (大类) typed by its label or constant
	 * name, stored as the label. Anything else is refused naming the closest code and the families.
	 */
	private static WatchRule withKnownType(WatchRule rule) {
		String type = rule.caseType();
		if (type == null || CaseType.find(type).isPresent()) {
			return rule;
		}
		CaseFamily family = CaseFamily.parse(type);
		if (family == null) {
			CaseType closest = CaseType.closest(type);
			throw new ValidationException(NLS.bind(Messages.unknownCaseType,
					new Object[] { type, closest.code(), closest.name(), Labelled.accepted(CaseFamily.class) }));
		}
		return new WatchRule(rule.id(), family.label(), rule.procedure(), rule.basis(), rule.thresholdDays(),
				rule.limitSharePercent(), rule.label(), rule.version());
	}

	/** Refuses a change of a rule made from a view of it older than the stored one. */
	private void expect(WatchRuleEntity stored, long seenVersion) {
		Versions.expect(stored.version(), seenVersion, unit.audit, "watch_rule", String.valueOf(stored.toRule().id()),
				NLS.bind(Messages.watchRuleLabel, stored.toRule().label()));
	}

	@Override
	public void deleteRule(long id, long seenVersion, Principal actor) {
		unit.authorization.check(actor, CasePermissions.RULES);
		Jpa.write(unit.emf, em -> {
			WatchRuleEntity entity = em.find(WatchRuleEntity.class, id);
			if (entity == null) {
				throw new NotFoundException(NLS.bind(Messages.noRule, id));
			}
			expect(entity, seenVersion);
			em.remove(entity);
			unit.audit.recordIn(em, actor, "cases.rule.delete", "watch_rule", String.valueOf(id), "");
			return null;
		});
	}

	@Override
	public long countLongPending(CaseQuery query, LocalDate asOf, Principal reader) {
		unit.authorization.check(reader, CasePermissions.READ);
		if (CaseJpql.seesNothing(reader)) {
			return 0;
		}
		WatchRules rules = new WatchRules(rules());
		return Jpa.read(unit.emf, em -> {
			Optional<CaseJpql> jpql = flagged(em, rules, query, asOf, reader);
			return jpql.map(j -> j.query(em, "select count(c) from CaseEntity c" + j.where(), Long.class)
					.getSingleResult()).orElse(0L);
		});
	}

	@Override
	public Map<String, Long> countLongPendingByDepartment(CaseQuery query, LocalDate asOf, Principal reader) {
		unit.authorization.check(reader, CasePermissions.READ);
		if (CaseJpql.seesNothing(reader)) {
			return Map.of();
		}
		WatchRules rules = new WatchRules(rules());
		Map<String, Long> counts = new LinkedHashMap<>();
		Jpa.read(unit.emf, em -> {
			flagged(em, rules, query, asOf, reader).ifPresent(j -> j.query(em,
					"select c.departmentCode, count(c) from CaseEntity c" + j.where() + " group by c.departmentCode",
					Object[].class).getResultList()
					.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue())));
			return null;
		});
		return counts;
	}

	@Override
	public CasePage<WatchListEntry> longPending(CaseQuery query, LocalDate asOf, PageKey after, int limit,
			Principal reader) {
		if (!unit.mayReadPage(reader, limit)) {
			return new CasePage<>(List.of(), null);
		}
		WatchRules rules = new WatchRules(rules());
		List<CaseRecord> rows = Jpa.read(unit.emf, em -> {
			Optional<CaseJpql> jpql = flagged(em, rules, query, asOf, reader);
			if (jpql.isEmpty()) {
				return List.<CaseRecord>of();
			}
			CaseJpql j = jpql.get().after(after, false);
			return j.query(em, "select c from CaseEntity c" + j.where() + " order by c.filingDate, c.caseNo",
					CaseEntity.class).setMaxResults(limit + 1).getResultList().stream().map(CaseEntity::toRecord)
					.toList();
		});
		List<WatchListEntry> entries = rows.stream().map(r -> new WatchListEntry(r,
				ChronoUnit.DAYS.between(r.filingDate(), asOf),
				rules.ruleFor(r.number().type(), r.procedure()).orElseThrow())).toList();
		return DefaultCaseRegister.page(entries, limit, WatchListEntry::record);
	}

	/**
	 * The conditions selecting flagged cases: open, filtered and scoped, and for each (type, procedure) pair present
	 * among them that a rule covers, filed on or before the rule's cut-off day. Empty when no pair is covered.
	 */
	private static Optional<CaseJpql> flagged(EntityManager em, WatchRules rules, CaseQuery query, LocalDate asOf,
			Principal reader) {
		CaseJpql pairsQuery = new CaseJpql().filter(query, reader, asOf).add("c.status in :open", "open", OPEN);
		List<Object[]> pairs = pairsQuery.query(em,
				"select distinct c.caseType, c.procedure from CaseEntity c" + pairsQuery.where(), Object[].class)
				.getResultList();
		CaseJpql jpql = new CaseJpql().filter(query, reader, asOf).add("c.status in :open", "open", OPEN);
		List<String> alternatives = new ArrayList<>();
		for (Object[] pair : pairs) {
			String type = (String) pair[0];
			String procedure = (String) pair[1];
			Optional<WatchRule> rule = rules.ruleFor(type, procedure);
			if (rule.isEmpty()) {
				continue;
			}
			int i = alternatives.size();
			String procedureCondition = procedure == null ? "c.procedure is null" : "c.procedure = :p" + i;
			alternatives.add("(c.caseType = :t" + i + " and " + procedureCondition + " and c.filingDate <= :d" + i
					+ ")");
			jpql.put("t" + i, type);
			if (procedure != null) {
				jpql.put("p" + i, procedure);
			}
			jpql.put("d" + i, asOf.minusDays(rule.get().flagAfterDays()));
		}
		if (alternatives.isEmpty()) {
			return Optional.empty();
		}
		jpql.add("(" + String.join(" or ", alternatives) + ")", null, null);
		return Optional.of(jpql);
	}
}
