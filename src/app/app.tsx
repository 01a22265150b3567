import { CssBaseline, Container, Typography } from '@mui/material';

/** The application shell. */
export function App() {
  return (
    <>
      <CssBaseline />
      <Container component="main" sx={{ py: 3 }}>
        <Typography variant="h1" sx={{ fontSize: '1.5rem' }}>
          Segment Editor
        </Typography>
      </Container>
    </>
  );
}
