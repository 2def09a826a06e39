package org.autoinvoice.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.autoinvoice.application.service.AutoInvoiceWorld.client;
import static org.autoinvoice.application.service.AutoInvoiceWorld.date;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.autoinvoice.application.fakes.TestData;
import org.autoinvoice.application.port.in.AutoInvoiceRunCommand;
import org.autoinvoice.application.port.in.AutoInvoiceRunSummary;
import org.autoinvoice.application.port.out.GenerationTimes;
import org.autoinvoice.application.port.out.StoredInvoice;
import org.autoinvoice.domain.client.Client;
import org.autoinvoice.domain.client.ClientId;
import org.autoinvoice.domain.invoice.CreateType;
import org.autoinvoice.domain.invoice.InvoiceType;
import org.autoinvoice.domain.period.InvoicePeriod;
import org.autoinvoice.domain.period.ZoneSpec;
import org.junit.jupiter.api.Test;

/** When auto invoices are made and for which periods (rules A3, A6), run by run. */
class AutoInvoiceTimingTest {

  private static void insert(
      AutoInvoiceWorld world, Client client, CreateType createType, InvoicePeriod period) {
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    world.repository.inClientTransaction(
        client.id(),
        tx -> {
          String number = tx.nextInvoiceNumber();
          return tx.insert(
              TestData.invoice(client, InvoiceType.CLIENT, createType, period, number),
              "/invoice/" + number + ".pdf",
              new GenerationTimes(t, t, t),
              null);
        });
  }

  private static LocalDateTime at(String iso) {
    return LocalDateTime.parse(iso);
  }

  @Test
  void aFirstRunOverOlderHistoryMakesOnlyTheMostRecentDuePeriod() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-06-10T12:00:00Z");
    Client c = client(1, AutoInvoiceWorld.monthlyOnDay(1)).startFrom("2023-01-01").build();
    world.put(c).traffic(1, "2024-03-15T10:00:00Z").traffic(1, "2024-05-15T10:00:00Z");
    insert(world, c, CreateType.MANUAL, TestData.days("2024-01-01", "2024-01-31"));

    AutoInvoiceRunSummary summary = world.run();

    assertThat(summary.invoicesCreated()).isEqualTo(1);
    StoredInvoice only = world.autoInvoices(1).get(0);
    assertThat(world.autoInvoices(1)).hasSize(1);
    assertThat(only.period()).isEqualTo(TestData.days("2024-05-01", "2024-05-31"));
    assertThat(only.invoiceDate()).isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(only.dueDate()).isEqualTo(LocalDate.of(2024, 6, 16));
    assertThat(only.totalAmount().amount()).isEqualByComparingTo("1.50");
  }

  @Test
  void afterAnEarlierAutoInvoiceEveryMissedPeriodIsMadeInOrderFromItsEnd() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-06-10T12:00:00Z");
    Client c = client(1, AutoInvoiceWorld.monthlyOnDay(1)).startFrom("2023-01-01").build();
    world.put(c);
    insert(world, c, CreateType.AUTO, TestData.days("2024-02-01", "2024-02-29"));

    AutoInvoiceRunSummary summary = world.run();

    assertThat(summary.invoicesCreated()).isEqualTo(3);
    List<StoredInvoice> made =
        world.autoInvoices(1).stream().filter(s -> s.invoiceDate().getYear() == 2024).toList();
    assertThat(made)
        .extracting(StoredInvoice::period)
        .containsExactly(
            TestData.days("2024-02-01", "2024-02-29"),
            TestData.days("2024-03-01", "2024-03-31"),
            TestData.days("2024-04-01", "2024-04-30"),
            TestData.days("2024-05-01", "2024-05-31"));
    List<Long> numbers = made.stream().skip(1).map(s -> Long.parseLong(s.number())).toList();
    assertThat(numbers).isSorted();
  }

  @Test
  void afterTenDaysOfDowntimeEachMissedDayIsInvoicedInOrderByOneRun() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-03-01T00:00:00Z");
    world.put(client(1, AutoInvoiceWorld.everyNDays(1)).startFrom("2024-03-01").build());
    world.hourly("2024-03-01T00:00:00Z", "2024-03-06T00:00:00Z");
    assertThat(world.autoInvoices(1)).hasSize(5);

    AutoInvoiceRunSummary resumed = world.runAt("2024-03-16T00:00:00Z");

    assertThat(resumed.invoicesCreated()).isEqualTo(10);
    List<StoredInvoice> all = world.autoInvoices(1);
    assertThat(all).hasSize(15);
    List<StoredInvoice> caughtUp = all.subList(5, 15);
    for (int i = 0; i < 10; i++) {
      LocalDate day = LocalDate.of(2024, 3, 6).plusDays(i);
      StoredInvoice s = caughtUp.get(i);
      assertThat(s.period()).isEqualTo(InvoicePeriod.ofDates(day, day, ZoneSpec.UTC));
      assertThat(s.invoiceDate()).isEqualTo(day.plusDays(1));
    }
    assertThat(caughtUp.stream().map(s -> Long.parseLong(s.number())).toList()).isSorted();
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).period().startInstant())
          .isEqualTo(all.get(i - 1).period().endExclusive());
    }
  }

  @Test
  void anInvoiceIsNotDueASecondBeforeTheAutoInvoiceHourAndDueAtIt() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-01-08T05:59:59Z");
    world.put(client(1, AutoInvoiceWorld.weeklyOn(1)).hour(6).build());

    assertThat(world.run().invoicesCreated()).isZero();
    assertThat(world.autoInvoices(1)).isEmpty();

    assertThat(world.runAt("2024-01-08T06:00:00Z").invoicesCreated()).isEqualTo(1);
    assertThat(world.autoInvoices(1).get(0).period())
        .isEqualTo(TestData.days("2024-01-01", "2024-01-07"));
  }

  @Test
  void aClientFiveHoursBehindUtcIsInvoicedForItsOwnLocalWeek() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-01-08T04:59:59Z");
    world
        .put(client(1, AutoInvoiceWorld.weeklyOn(1)).zone("-05:00").build())
        .traffic(1, "2024-01-01T04:59:59Z") // Dec 31 local: before the period
        .traffic(1, "2024-01-01T05:00:00Z") // Jan 1 00:00 local: first second
        .traffic(1, "2024-01-08T04:59:59Z") // Jan 7 23:59:59 local: last second
        .traffic(1, "2024-01-08T05:00:00Z"); // Jan 8 00:00 local: next period

    assertThat(world.run().invoicesCreated()).isZero();
    assertThat(world.runAt("2024-01-08T05:00:00Z").invoicesCreated()).isEqualTo(1);

    StoredInvoice s = world.autoInvoices(1).get(0);
    assertThat(s.period().start()).isEqualTo(at("2024-01-01T00:00:00"));
    assertThat(s.period().endInclusive()).isEqualTo(at("2024-01-07T23:59:59"));
    assertThat(s.period().startInstant()).isEqualTo(Instant.parse("2024-01-01T05:00:00Z"));
    assertThat(s.period().endExclusive()).isEqualTo(Instant.parse("2024-01-08T05:00:00Z"));
    assertThat(s.totalAmount().amount()).isEqualByComparingTo("3.00");
    assertThat(s.invoiceDate()).isEqualTo(LocalDate.of(2024, 1, 8));
  }

  @Test
  void aClientEightHoursAheadOfUtcIsInvoicedForItsOwnLocalWeek() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-01-07T15:59:59Z");
    world
        .put(client(1, AutoInvoiceWorld.weeklyOn(1)).zone("+08:00").build())
        .traffic(1, "2023-12-31T15:59:59Z") // Dec 31 23:59:59 local: before
        .traffic(1, "2023-12-31T16:00:00Z") // Jan 1 00:00 local: first second
        .traffic(1, "2024-01-07T15:59:59Z") // Jan 7 23:59:59 local: last second
        .traffic(1, "2024-01-07T16:00:00Z"); // Jan 8 00:00 local: after

    assertThat(world.run().invoicesCreated()).isZero();
    assertThat(world.runAt("2024-01-07T16:00:00Z").invoicesCreated()).isEqualTo(1);

    StoredInvoice s = world.autoInvoices(1).get(0);
    assertThat(s.period().startInstant()).isEqualTo(Instant.parse("2023-12-31T16:00:00Z"));
    assertThat(s.period().endExclusive()).isEqualTo(Instant.parse("2024-01-07T16:00:00Z"));
    assertThat(s.period().zone()).isEqualTo(ZoneSpec.parse("+08:00"));
    assertThat(s.totalAmount().amount()).isEqualByComparingTo("3.00");
    assertThat(s.invoiceDate()).isEqualTo(LocalDate.of(2024, 1, 8));
  }

  @Test
  void asOfDateRunsAsIfEachClientsLocalClockWereAtTheEndOfThatDate() {
    // the clock is far ahead; the date wins, whatever the hour, in each client's own zone
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-03-20T12:00:00Z");
    world
        .put(client(1, AutoInvoiceWorld.weeklyOn(1)).hour(23).build())
        .put(client(2, AutoInvoiceWorld.weeklyOn(1)).hour(23).zone("+08:00").build())
        .put(client(3, AutoInvoiceWorld.weeklyOn(1)).hour(23).zone("-05:00").build());

    AutoInvoiceRunSummary summary =
        world.service(1).run(new AutoInvoiceRunCommand(date("2024-02-05"), Optional.empty()));

    assertThat(summary.clientsExamined()).isEqualTo(3);
    assertThat(summary.invoicesCreated()).isEqualTo(3);
    for (int id = 1; id <= 3; id++) {
      assertThat(world.autoInvoices(id))
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.period().start()).isEqualTo(at("2024-01-29T00:00:00"));
                assertThat(s.period().endInclusive()).isEqualTo(at("2024-02-04T23:59:59"));
                assertThat(s.invoiceDate()).isEqualTo(LocalDate.of(2024, 2, 5));
              });
    }
  }

  @Test
  void asOfDateBeforeTheHourOfTheClientsDayIsStillTheWholeDay() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-02-05T01:00:00Z");
    world.put(client(1, AutoInvoiceWorld.weeklyOn(1)).hour(23).startFrom("2024-01-29").build());

    assertThat(world.run().invoicesCreated()).isZero();
    AutoInvoiceRunSummary summary =
        world.service(1).run(new AutoInvoiceRunCommand(date("2024-02-05"), Optional.empty()));

    assertThat(summary.invoicesCreated()).isEqualTo(1);
    assertThat(world.autoInvoices(1).get(0).invoiceDate()).isEqualTo(LocalDate.of(2024, 2, 5));
  }

  @Test
  void asOfDateAfterTheClientsLocalTodayCountsAsToday() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-02-06T10:00:00Z");
    world.put(client(1, AutoInvoiceWorld.everyNDays(1)).startFrom("2024-02-04").build());

    AutoInvoiceRunSummary summary =
        world.service(1).run(new AutoInvoiceRunCommand(date("2024-03-01"), Optional.empty()));

    // boundaries Feb 5 (first run: only the latest) ... Feb 6 = today: nothing of today or later
    assertThat(summary.invoicesCreated()).isEqualTo(1);
    assertThat(world.autoInvoices(1))
        .extracting(StoredInvoice::period)
        .containsExactly(TestData.days("2024-02-05", "2024-02-05"));
    assertThat(
            world
                .service(1)
                .nowFor(world.directory.findClient(new ClientId(1)).get(), date("2024-03-01")))
        .isEqualTo(Instant.parse("2024-02-06T23:59:59Z"));
  }

  @Test
  void onlyClientRunsForThatClientAlone() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-01-08T00:00:00Z");
    world
        .put(client(1, AutoInvoiceWorld.weeklyOn(1)).build())
        .put(client(2, AutoInvoiceWorld.weeklyOn(1)).build());

    AutoInvoiceRunSummary summary =
        world
            .service(1)
            .run(new AutoInvoiceRunCommand(Optional.empty(), Optional.of(new ClientId(2))));

    assertThat(summary.clientsExamined()).isEqualTo(1);
    assertThat(summary.invoicesCreated()).isEqualTo(1);
    assertThat(world.autoInvoices(1)).isEmpty();
    assertThat(world.autoInvoices(2)).hasSize(1);
  }

  @Test
  void onlyClientThatIsNotEligibleExaminesNobody() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-01-08T00:00:00Z");
    world.put(client(1, AutoInvoiceWorld.weeklyOn(1)).inactive().build());

    AutoInvoiceRunSummary summary =
        world
            .service(1)
            .run(new AutoInvoiceRunCommand(Optional.empty(), Optional.of(new ClientId(1))));

    assertThat(summary.clientsExamined()).isZero();
    assertThat(world.autoInvoices(1)).isEmpty();
  }

  @Test
  void nothingIsDueOnOrBeforeTheStartDate() {
    AutoInvoiceWorld world = new AutoInvoiceWorld("2024-01-08T00:00:00Z");
    world.put(client(1, AutoInvoiceWorld.weeklyOn(1)).startFrom("2024-01-08").build());

    AutoInvoiceRunSummary summary = world.run();

    assertThat(summary.clientsExamined()).isEqualTo(1);
    assertThat(summary.invoicesCreated()).isZero();
    assertThat(summary.alreadyDone()).isZero();
  }
}
