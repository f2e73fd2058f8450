import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AuthProvider } from './auth/AuthProvider';
import { RequireAdmin } from './auth/RequireAdmin';
import { RequireAuth } from './auth/RequireAuth';
import { AppLayout } from './components/AppLayout';
import { AccountPage } from './pages/Account/AccountPage';
import { AdminLayout } from './pages/Admin/AdminLayout';
import { AdminBookingsPage } from './pages/Admin/Bookings/AdminBookingsPage';
import { DashboardPage } from './pages/Admin/Dashboard/DashboardPage';
import { FailedDocumentsPage } from './pages/Admin/Documents/FailedDocumentsPage';
import { FailedEmailsPage } from './pages/Admin/Emails/FailedEmailsPage';
import { StuckPaymentsPage } from './pages/Admin/Payments/StuckPaymentsPage';
import { AdminUsersPage } from './pages/Admin/Users/AdminUsersPage';
import { AdminFlightsPage } from './pages/Admin/Flights/AdminFlightsPage';
import { EditFlightPage } from './pages/Admin/Flights/EditFlightPage';
import { NewFlightPage } from './pages/Admin/Flights/NewFlightPage';
import { BookFlightPage } from './pages/BookFlight/BookFlightPage';
import { BookingPage } from './pages/Booking/BookingPage';
import { BookTripPage } from './pages/BookTrip/BookTripPage';
import { MyBookingsPage } from './pages/MyBookings/MyBookingsPage';
import { PaymentPage } from './pages/Payment/PaymentPage';
import { ForgotPasswordPage } from './pages/ForgotPassword/ForgotPasswordPage';
import { NotFoundPage } from './pages/NotFound/NotFoundPage';
import { SearchPage } from './pages/Search/SearchPage';
import { SignInPage } from './pages/SignIn/SignInPage';
import { SignUpPage } from './pages/SignUp/SignUpPage';
import { VerifyPage } from './pages/Verify/VerifyPage';

export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <AppLayout>
          <Routes>
            <Route path="/" element={<SearchPage />} />
            <Route path="/signup" element={<SignUpPage />} />
            <Route path="/verify" element={<VerifyPage />} />
            <Route path="/signin" element={<SignInPage />} />
            <Route path="/forgot-password" element={<ForgotPasswordPage />} />
            <Route
              path="/account"
              element={
                <RequireAuth>
                  <AccountPage />
                </RequireAuth>
              }
            />
            <Route path="/flights/:flightId/book" element={<RequireAuth><BookFlightPage /></RequireAuth>} />
            <Route path="/trips/book" element={<RequireAuth><BookTripPage /></RequireAuth>} />
            <Route path="/bookings" element={<RequireAuth><MyBookingsPage /></RequireAuth>} />
            <Route path="/bookings/:bookingId" element={<RequireAuth><BookingPage /></RequireAuth>} />
            <Route path="/bookings/:bookingId/pay" element={<RequireAuth><PaymentPage /></RequireAuth>} />
            <Route
              path="/admin"
              element={
                <RequireAdmin>
                  <AdminLayout />
                </RequireAdmin>
              }
            >
              <Route index element={<Navigate to="/admin/dashboard" replace />} />
              <Route path="dashboard" element={<DashboardPage />} />
              <Route path="flights" element={<AdminFlightsPage />} />
              <Route path="flights/new" element={<NewFlightPage />} />
              <Route path="flights/:id/edit" element={<EditFlightPage />} />
              <Route path="bookings" element={<AdminBookingsPage />} />
              <Route path="documents" element={<FailedDocumentsPage />} />
              <Route path="payments" element={<StuckPaymentsPage />} />
              <Route path="users" element={<AdminUsersPage />} />
              <Route path="emails" element={<FailedEmailsPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </AppLayout>
      </AuthProvider>
    </BrowserRouter>
  );
}
