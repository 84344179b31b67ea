package ducha.cases.internal;

import org.eclipse.osgi.util.NLS;
import ducha.core.jpa.Jpa;
import ducha.core.jpa.Versions;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CaseFamily;
import ducha.cases.CasePage;
import ducha.cases.CasePermissions;
import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.CaseType;
import ducha.cases.PageKey;
import ducha.cases.WatchListEntry;
import ducha.cases.WatchListService;
import ducha.cases.WatchRule;
import ducha.cases.WatchRules;
import ducha.core.DuchaException;
import ducha.core.Labelled;
import ducha.core.NotFoundException;
import ducha.core.ValidationException;
import ducha.core.security.Principal;
import jakarta.persistence.EntityManager;

/**
 * The long-pending list. Every case carries the day it becomes long-pending under the rule table ({@link FlagDates},
 * kept by imports and by every rule change here), so the list is the cases with that day on or before the day asked
 * for: one range of the flag index, counted from the index alone and paged by (long-pending day, 案号), most
 * overdue first.
 */
@Component
public class DefaultWatchListService implements WatchListService {

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
	public WatchRule saveRule(WatchRule typed, Principal actor, IProgressMonitor monitor) {
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
			recompute(em, monitor);
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
	public void deleteRule(long id, long seenVersion, Principal actor, IProgressMonitor monitor) {
		unit.authorization.check(actor, CasePermissions.RULES);
		Jpa.write(unit.emf, em -> {
			WatchRuleEntity entity = em.find(WatchRuleEntity.class, id);
			if (entity == null) {
				throw new NotFoundException(NLS.bind(Messages.noRule, id));
			}
			expect(entity, seenVersion);
			em.remove(entity);
			em.flush();
			unit.audit.recordIn(em, actor, "cases.rule.delete", "watch_rule", String.valueOf(id), "");
			recompute(em, monitor);
			return null;
		});
	}

	/**
	 * Every case's long-pending date from the rule table as this transaction leaves it, in the same transaction: the
	 * rule change and the dates it gives are stored together or not at all (a cancel rolls both back).
	 */
	private static void recompute(EntityManager em, IProgressMonitor monitor) {
		List<WatchRule> table = em.createQuery("select r from WatchRuleEntity r", WatchRuleEntity.class)
				.getResultList().stream().map(WatchRuleEntity::toRule).toList();
		try {
			FlagDates.recompute(em.unwrap(Connection.class), table, monitor);
		} catch (SQLException e) {
			throw new DuchaException(NLS.bind(Messages.flagDatesFailed, e.getMessage()), e);
		}
	}

	@Override
	public long countLongPending(CaseQuery query, LocalDate asOf, Principal reader) {
		unit.authorization.check(reader, CasePermissions.READ);
		if (CaseJpql.seesNothing(reader)) {
			return 0;
		}
		CaseJpql j = flagged(query, asOf, reader);
		return Jpa.read(unit.emf, em -> j.query(em, "select count(c) from CaseEntity c" + j.where(), Long.class)
				.getSingleResult());
	}

	@Override
	public Map<String, Long> countLongPendingByDepartment(CaseQuery query, LocalDate asOf, Principal reader) {
		unit.authorization.check(reader, CasePermissions.READ);
		if (CaseJpql.seesNothing(reader)) {
			return Map.of();
		}
		CaseJpql j = flagged(query, asOf, reader);
		Map<String, Long> counts = new LinkedHashMap<>();
		Jpa.read(unit.emf, em -> {
			j.query(em, "select c.departmentCode, count(c) from CaseEntity c" + j.where() + " group by c.departmentCode",
					Object[].class).getResultList()
					.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
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
		CaseJpql j = flagged(query, asOf, reader).after("c.flagDate", after, false);
		List<CaseEntity> rows = Jpa.read(unit.emf, em -> j.query(em, "select c from CaseEntity c" + j.where()
				+ " order by c.flagDate, c.caseNo", CaseEntity.class).setMaxResults(limit + 1).getResultList());
		List<WatchListEntry> entries = new ArrayList<>();
		for (CaseEntity row : rows.subList(0, Math.min(limit, rows.size()))) {
			CaseRecord r = row.toRecord();
			// a rule deleted after the rules were read above: its cases lose their dates in that same transaction
			rules.ruleFor(r.number().type(), r.procedure()).ifPresent(
					rule -> entries.add(new WatchListEntry(r, ChronoUnit.DAYS.between(r.filingDate(), asOf), rule)));
		}
		if (rows.size() <= limit) {
			return new CasePage<>(entries, null);
		}
		CaseEntity last = rows.get(limit - 1);
		return new CasePage<>(entries, new PageKey(last.flagDate(), last.caseNo()));
	}

	/**
	 * The flagged cases: filtered and scoped, with a long-pending date on or before the day. Only open cases that a
	 * rule covers have such a date ({@link FlagDates}), so this is one range of the flag index (court-wide, or per
	 * department), in the list's order.
	 */
	private static CaseJpql flagged(CaseQuery query, LocalDate asOf, Principal reader) {
		return new CaseJpql().filter(query, reader, asOf).add("c.flagDate <= :asOf", "asOf", asOf);
	}
}
