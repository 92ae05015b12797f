package org.trio.access.internal;

import jakarta.persistence.EntityManagerFactory;
import java.util.StringJoiner;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.trio.access.AuditTrail;
import org.trio.shared.ConcernsApprentice;
import org.trio.shared.RestrictedData;

/**
 * Writes every creation, update and deletion of a JPA entity to the audit trail, in the same transaction. Updates list
 * the changed fields with their old and new values, except for restricted data where only field names are kept.
 */
@Component
class AuditedChanges
        implements PostInsertEventListener,
                PostUpdateEventListener,
                PostDeleteEventListener,
                SmartInitializingSingleton {

    private static final int MAX_VALUE_LENGTH = 200;
    private final EntityManagerFactory entityManagerFactory;
    private final AuditTrail audit;

    AuditedChanges(EntityManagerFactory entityManagerFactory, AuditTrail audit) {
        this.entityManagerFactory = entityManagerFactory;
        this.audit = audit;
    }

    @Override
    public void afterSingletonsInstantiated() {
        EventListenerRegistry registry = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        record("CREATE", event.getEntity(), event.getId(), "");
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        record("UPDATE", event.getEntity(), event.getId(), changes(event));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        record("DELETE", event.getEntity(), event.getId(), "");
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void record(String action, Object entity, Object id, String details) {
        Long apprenticeId = entity instanceof ConcernsApprentice concerned ? concerned.concernedApprenticeId() : null;
        audit.recordChange(action, entity.getClass().getSimpleName(), String.valueOf(id), apprenticeId, details);
    }

    private static String changes(PostUpdateEvent event) {
        int[] dirty = event.getDirtyProperties();
        if (dirty == null) {
            return "";
        }
        boolean restricted = event.getEntity().getClass().isAnnotationPresent(RestrictedData.class);
        String[] names = event.getPersister().getPropertyNames();
        StringJoiner joiner = new StringJoiner("; ");
        for (int index : dirty) {
            String name = names[index];
            if (name.equals("version")
                    || name.toLowerCase(java.util.Locale.ROOT).contains("password")) {
                joiner.add(name);
            } else if (restricted) {
                joiner.add(name);
            } else {
                joiner.add(name + " : " + shorten(event.getOldState() == null ? null : event.getOldState()[index])
                        + " → " + shorten(event.getState()[index]));
            }
        }
        return joiner.toString();
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "…" : text;
    }
}
