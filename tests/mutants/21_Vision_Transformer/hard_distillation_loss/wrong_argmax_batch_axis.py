# argmax를 배치 축(dim=0)으로 구한다: B = K일 때만 모양이 맞아 오류도 나지 않는다
def hard_distillation_loss(
    student_cls_logits: torch.Tensor,
    student_dist_logits: torch.Tensor,
    teacher_logits: torch.Tensor,
    labels: torch.Tensor,
    alpha: float = 0.5,
) -> torch.Tensor:
    teacher_labels = teacher_logits.argmax(dim=0)
    base = F.cross_entropy(student_cls_logits, labels)
    distill = F.cross_entropy(student_dist_logits, teacher_labels)
    return (1 - alpha) * base + alpha * distill
