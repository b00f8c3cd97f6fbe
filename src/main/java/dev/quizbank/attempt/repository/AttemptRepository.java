package dev.quizbank.attempt.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.quizbank.attempt.Attempt;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AttemptRepository implements PanacheRepositoryBase<Attempt, UUID> {
}
