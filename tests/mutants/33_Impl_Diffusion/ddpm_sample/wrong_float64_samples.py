# 표본을 betas의 dtype이 아니라 float64로 만든다
@torch.no_grad()
def ddpm_sample(
    model: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
    shape: tuple[int, ...],
    betas: torch.Tensor,
    variance: str = "beta",
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    T = betas.shape[0]
    x = torch.randn(shape, generator=generator, device=betas.device, dtype=torch.float64)
    for t in range(T - 1, -1, -1):
        z = torch.randn(shape, generator=generator, device=betas.device, dtype=torch.float64) if t > 0 else None
        x = ddpm_sample_step(model, x, t, betas.double(), noise=z, variance=variance)
    return x
