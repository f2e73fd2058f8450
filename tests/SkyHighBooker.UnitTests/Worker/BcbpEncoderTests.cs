using SkyHighBooker.Worker.Documents.Rendering;

namespace SkyHighBooker.Worker.Tests;

public class BcbpEncoderTests
{
    // The IATA Resolution 792 example (BCBP implementation guide): mandatory items only.
    private const string IataSample = "M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100";

    private static readonly BcbpFields SampleFields = new(
        PassengerName: "DESMARAIS/LUC", Reference: "ABC123", From: "YUL", To: "FRA", Carrier: "AC", FlightNumber: "834",
        JulianDate: 326, Compartment: 'J', Seat: "1A", CheckInSequence: 25);

    [Fact]
    public void Encoding_the_IATA_sample_fields_gives_the_IATA_sample_string()
    {
        Assert.Equal(IataSample, BcbpEncoder.Encode(SampleFields));
    }

    [Fact]
    public void Decoding_the_IATA_sample_gives_its_fields()
    {
        var fields = BcbpDecoder.Decode(IataSample);

        Assert.Equal(SampleFields, fields);
        Assert.Equal("AC834", fields.FlightDesignator);
    }

    [Fact]
    public void Decoding_reads_only_the_mandatory_block_of_a_longer_string()
    {
        var fields = BcbpDecoder.Decode(IataSample + ">5180");

        Assert.Equal(SampleFields, fields);
    }

    [Fact]
    public void A_booking_passenger_is_encoded_field_by_field_at_the_fixed_positions()
    {
        var booking = SampleBookings.Paid();
        var code = BcbpEncoder.Encode(booking, booking.Passengers[0]);

        Assert.Equal(BcbpEncoder.MandatoryLength, code.Length);
        Assert.Equal("M1", code[..2]);
        Assert.Equal("DESMARAIS/LUC       ", code[2..22]);
        Assert.Equal('E', code[22]);
        Assert.Equal("ABC123 ", code[23..30]);
        Assert.Equal("YUL", code[30..33]);
        Assert.Equal("FRA", code[33..36]);
        Assert.Equal("SH ", code[36..39]);
        Assert.Equal("0834 ", code[39..44]);
        Assert.Equal("326", code[44..47]); // 22 November 2027 is day 326
        Assert.Equal('J', code[47]);
        Assert.Equal("001A", code[48..52]);
        Assert.Equal("0001 ", code[52..57]);
        Assert.Equal('1', code[57]);
        Assert.Equal("00", code[58..60]);
    }

    [Theory]
    [InlineData("business", 'J')]
    [InlineData("premium_economy", 'W')]
    [InlineData("economy", 'Y')]
    [InlineData("first", 'F')]
    public void The_cabin_maps_to_the_IATA_compartment_code(string cabin, char expected)
    {
        Assert.Equal(expected, BcbpEncoder.CompartmentCode(cabin));
    }

    [Theory]
    [InlineData("Luc Desmarais", "DESMARAIS/LUC")]
    [InlineData("Élodie Tremblay-Gagnon", "TREMBLAYGAGNON/ELODI")]
    [InlineData("Sam O'Neil", "ONEIL/SAM")]
    [InlineData("Bjørn Ødegård", "OEDEGAARD/BJOERN")]
    [InlineData("Jürgen Müller", "MUELLER/JUERGEN")]
    [InlineData("Zoë Ångström", "AANGSTROEM/ZOE")]
    [InlineData("Γιώργος Παπαδόπουλος", "PAPADOPOULOS/GIORGOS")]
    [InlineData("Анна Щукина", "SHCHUKINA/ANNA")]
    [InlineData("Mei 山田", "MEI")]
    [InlineData("Madonna", "MADONNA")]
    [InlineData("Maximiliana Alexandra Konstantina von Hohenzollern-Sigmaringen", "HOHENZOLLERNSIGMARIN")]
    public void Names_become_ICAO_transliterated_surname_slash_given_names_of_at_most_20_characters(string name, string expected)
    {
        Assert.Equal(expected, BcbpEncoder.FormatName(name, position: 1));
    }

    [Theory]
    [InlineData("山田 太郎", 1, "PASSENGER/ONE")]
    [InlineData("김민준", 5, "PASSENGER/FIVE")]
    [InlineData("王秀英", 9, "PASSENGER/NINE")]
    [InlineData("محمد", 2, "PASSENGER/TWO")]
    [InlineData("山田 太郎", 10, "PASSENGER")]
    public void A_name_with_nothing_to_transliterate_becomes_PASSENGER_and_the_position_in_words(string name, int position, string expected)
    {
        Assert.Equal(expected, BcbpEncoder.FormatName(name, position));
    }

    [Fact]
    public void The_name_field_holds_only_capitals_spaces_and_a_slash_whatever_the_script()
    {
        var booking = SampleBookings.EveryScript();
        foreach (var passenger in booking.Passengers)
        {
            var field = BcbpEncoder.Encode(booking, passenger)[2..22];
            Assert.Matches("^[A-Z/ ]{20}$", field);
        }
    }

    [Fact]
    public void The_date_of_flight_is_the_day_of_year_of_the_local_departure_date()
    {
        // 23:30 on 31 December in Montréal is already 1 January in UTC; the pass shows the local day, 365.
        var booking = SampleBookings.Paid() with
        {
            Flight = SampleBookings.Flight with { DepartureLocal = new DateTimeOffset(2027, 12, 31, 23, 30, 0, TimeSpan.FromHours(-5)) },
        };

        var fields = BcbpDecoder.Decode(BcbpEncoder.Encode(booking, booking.Passengers[0]));

        Assert.Equal(365, fields.JulianDate);
    }

    [Fact]
    public void Seats_rows_and_short_flight_numbers_are_zero_padded_and_read_back_without_the_zeros()
    {
        var booking = SampleBookings.Paid() with { Flight = SampleBookings.Flight with { FlightNumber = "SH7" } };
        var passenger = booking.Passengers[2] with { Seat = "34F", Position = 3 };

        var code = BcbpEncoder.Encode(booking, passenger);
        var fields = BcbpDecoder.Decode(code);

        Assert.Equal("0007 ", code[39..44]);
        Assert.Equal("034F", code[48..52]);
        Assert.Equal("0003 ", code[52..57]);
        Assert.Equal(('Y', "34F", "7", "SH7", 3), (fields.Compartment, fields.Seat, fields.FlightNumber, fields.FlightDesignator, fields.CheckInSequence));
    }

    [Fact]
    public void Every_passenger_of_a_booking_round_trips_through_the_string()
    {
        var booking = SampleBookings.Full();
        foreach (var passenger in booking.Passengers)
        {
            var expected = BcbpEncoder.FieldsFor(booking, passenger);
            Assert.Equal(expected, BcbpDecoder.Decode(BcbpEncoder.Encode(booking, passenger)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("M1TOO SHORT")]
    [InlineData("S1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100")]
    public void Strings_that_are_not_a_one_leg_M1_pass_are_rejected(string barcode)
    {
        Assert.Throws<FormatException>(() => BcbpDecoder.Decode(barcode));
    }
}
